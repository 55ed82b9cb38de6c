import { useEffect, useState } from 'preact/hooks';
import { EXIT_EVENT } from '../components/exit-this-page/exit-event.ts';
import { SHORTLIST_CHANGED, readShortlist, saveShortlist } from './shortlist.ts';

/**
 * The shortlist for an island: read from sessionStorage once hydrated, saved on change,
 * kept in step with other islands on the page, and emptied when Exit this page is used
 * (Exit also clears sessionStorage itself).
 */
export function useShortlist(): [ids: string[], save: (next: string[]) => boolean] {
  const [ids, setIds] = useState<string[]>([]);
  useEffect(() => {
    const reload = () => setIds(readShortlist(sessionStorage));
    const forget = () => setIds([]);
    reload();
    window.addEventListener(SHORTLIST_CHANGED, reload);
    window.addEventListener(EXIT_EVENT, forget);
    return () => {
      window.removeEventListener(SHORTLIST_CHANGED, reload);
      window.removeEventListener(EXIT_EVENT, forget);
    };
  }, []);
  const save = (next: string[]) => {
    const saved = saveShortlist(sessionStorage, next);
    setIds(readShortlist(sessionStorage));
    window.dispatchEvent(new Event(SHORTLIST_CHANGED));
    return saved;
  };
  return [ids, save];
}
