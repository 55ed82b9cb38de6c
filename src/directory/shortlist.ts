/**
 * The shortlist: service ids kept in this tab's sessionStorage only (never localStorage or
 * cookies), so it goes when the tab closes and when Exit this page clears the tab's storage.
 * A share link carries the ids and nothing else, in the address's #fragment, which browsers
 * never send to a server. Pure apart from the storage passed in.
 */

/** The sessionStorage key. */
export const shortlistKey = 'fhp-shortlist';
/** Sent on `window` when the shortlist changes, so other parts of the page can follow. */
export const SHORTLIST_CHANGED = 'fhp:shortlist';
/** More than anyone needs, small enough for any share link. */
export const shortlistLimit = 50;

import { serviceIdPattern } from './service-pages.ts';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Only well-formed service ids, each once, at most `shortlistLimit`. */
export function cleanIds(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const ids = values.filter((v): v is string => typeof v === 'string').map((v) => v.trim().toLowerCase()).filter((v) => serviceIdPattern.test(v));
  return [...new Set(ids)].slice(0, shortlistLimit);
}

export function readShortlist(store: Store): string[] {
  try {
    return cleanIds(JSON.parse(store.getItem(shortlistKey) ?? '[]'));
  } catch {
    return [];
  }
}

/** Saves the list (an empty list removes the key); false when storage is blocked or full. */
export function saveShortlist(store: Store, ids: string[]): boolean {
  try {
    const clean = cleanIds(ids);
    if (clean.length) store.setItem(shortlistKey, JSON.stringify(clean));
    else store.removeItem(shortlistKey);
    return true;
  } catch {
    return false;
  }
}

export const withService = (ids: string[], id: string) => cleanIds([...ids, id]);
export const withoutService = (ids: string[], id: string) => ids.filter((x) => x !== id);

/** "#ids=<id>,<id>": the fragment of a share link. */
export function shareFragment(ids: string[]): string {
  return `#ids=${cleanIds(ids).join(',')}`;
}

/** The ids in a share link's fragment; [] for anything else. */
export function idsFromFragment(hash: string): string[] {
  const match = /^#ids=([0-9a-f,-]*)$/i.exec(hash);
  return match ? cleanIds(match[1]!.split(',')) : [];
}

/** A service's id from its page address, "/pl/services/<id>/". */
export function idFromServiceUrl(url: string): string | undefined {
  const match = /\/services\/([0-9a-f-]{36})\/(?:[?#].*)?$/.exec(url);
  return match && serviceIdPattern.test(match[1]!) ? match[1] : undefined;
}
