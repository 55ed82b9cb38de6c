import { EXIT_EVENT } from '../../components/exit-this-page/exit-event.ts';
import { formatCount, type PluralForms } from '../../search/plural-forms.ts';
import { SHORTLIST_CHANGED, readShortlist, saveShortlist, withService, withoutService } from '../shortlist.ts';

/** Every word the button needs, resolved at build time (no i18next in the browser). */
export interface ShortlistButtonStrings { add: string; remove: string; added: string; removed: string; view: string; count: PluralForms }

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Brings one ShortlistButton to life: shows it, keeps its label and the "view your shortlist (n)"
 * link in step with the stored list (and with other parts of the page), says what changed in
 * its status line, and forgets the list when Exit this page is used.
 */
export function enhanceShortlistButton(root: HTMLElement, store: Store) {
  const id = root.dataset.id!;
  const locale = root.dataset.locale!;
  const strings = JSON.parse(root.dataset.strings!) as ShortlistButtonStrings;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
  const [toggle, status, view, count] = [part('toggle'), part('status'), part('view'), part('count')];

  const show = (ids: string[]) => {
    toggle.textContent = ids.includes(id) ? strings.remove : strings.add;
    view.hidden = ids.length === 0;
    count.textContent = `(${ids.length})`;
  };
  toggle.addEventListener('click', () => {
    const ids = readShortlist(store);
    const listed = ids.includes(id);
    saveShortlist(store, listed ? withoutService(ids, id) : withService(ids, id));
    const now = readShortlist(store);
    show(now);
    status.textContent = `${listed ? strings.removed : strings.added} ${formatCount(strings.count, locale, now.length)}.`;
    window.dispatchEvent(new Event(SHORTLIST_CHANGED));
  });
  window.addEventListener(SHORTLIST_CHANGED, () => show(readShortlist(store)));
  window.addEventListener(EXIT_EVENT, () => show([]));
  show(readShortlist(store));
  root.hidden = false;
}
