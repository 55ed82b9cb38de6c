import { site } from './config.ts';
import { onlyOffered as onlyOfferedIn } from './offered.ts';

/**
 * The languages this site offers: `locales` in content/site.yaml decides. Content written in
 * any other language (a folder, a file or a translation key named by its code) is left out
 * of the build without an error; src/build/language-content.ts names it once in the log.
 */
export const offeredCodes: readonly string[] = site.locales.map((l) => l.code);

export const isOffered = (code: string): boolean => offeredCodes.includes(code);

/** A glob for content/<folder>/<locale>/<pattern> that matches only the offered languages. */
export function offeredLocaleGlob(pattern: string, codes: readonly string[] = offeredCodes): string {
  // A brace with one item is literal in glob syntax: "{en}/*.md" would look for a folder called "{en}".
  return codes.length === 1 ? `${codes[0]}/${pattern}` : `{${codes.join(',')}}/${pattern}`;
}

/** An object keyed by language code, with the languages the site does not offer removed. */
export function onlyOffered<T>(byLocale: Record<string, T>, codes: readonly string[] = offeredCodes): Record<string, T> {
  return onlyOfferedIn(byLocale, codes);
}
