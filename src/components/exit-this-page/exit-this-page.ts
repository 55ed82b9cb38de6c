import { ExitThisPage } from 'govuk-frontend';
import { EXIT_EVENT } from './exit-event.ts';

export { EXIT_EVENT };

/** Exit this page that also forgets this tab's state (a shortlist, answers) before leaving. */
class SafeExitThisPage extends ExitThisPage {
  override exitPage() {
    try {
      sessionStorage.clear();
    } catch {
      // Storage can be blocked; there is then nothing to clear.
    }
    window.dispatchEvent(new Event(EXIT_EVENT));
    super.exitPage();
  }
}

// Module scripts run only in browsers GOV.UK Frontend supports.
document.body.classList.add('govuk-frontend-supported');
document.querySelectorAll<HTMLElement>('[data-module="govuk-exit-this-page"]').forEach((el) => new SafeExitThisPage(el));
