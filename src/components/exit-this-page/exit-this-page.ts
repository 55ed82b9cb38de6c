import { ExitThisPage } from 'govuk-frontend';
import { EXIT_EVENT } from './exit-event.ts';

export { EXIT_EVENT };

/** Exit this page that also forgets this tab's state (a shortlist, answers) before leaving. */
class SafeExitThisPage extends ExitThisPage {
  readonly #root: HTMLElement;

  constructor(root: HTMLElement) {
    super(root);
    this.#root = root;
  }

  /**
   * GOV.UK Frontend leaves by setting location.href, which keeps this page in the tab's
   * history: Back on the neutral site would show it again. This hides the page the same way
   * (class and overlay), then replaces this page's history entry with the neutral site.
   */
  override exitPage() {
    try {
      sessionStorage.clear();
    } catch {
      // Storage can be blocked; there is then nothing to clear.
    }
    window.dispatchEvent(new Event(EXIT_EVENT));
    const button = this.#root.querySelector<HTMLAnchorElement>('.govuk-exit-this-page__button');
    if (!button) return;
    document.body.classList.add('govuk-exit-this-page-hide-content');
    const overlay = document.createElement('div');
    overlay.className = 'govuk-exit-this-page-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.textContent = this.#root.getAttribute('data-i18n.activated') ?? '';
    document.body.appendChild(overlay);
    window.location.replace(button.href);
  }
}

// Module scripts run only in browsers GOV.UK Frontend supports.
document.body.classList.add('govuk-frontend-supported');
document.querySelectorAll<HTMLElement>('[data-module="govuk-exit-this-page"]').forEach((el) => new SafeExitThisPage(el));
