/**
 * One value per language for the whole build, made on first use. Intl formatters are slow
 * to make, and a large directory renders thousands of pages that ask for the same ones.
 */
export function perLocale<T>(make: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => made.get(locale) ?? made.set(locale, make(locale)).get(locale)!;
}

/** "A, B and C" in a language (British English: no comma before "and", as GOV.UK writes). */
export const listFormat = perLocale((locale) => new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { style: 'long', type: 'conjunction' }));
