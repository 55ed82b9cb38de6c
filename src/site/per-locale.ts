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

/**
 * One value per piece of data and language, made on first use: like perLocale, for what is
 * worked out from content (given as the first argument, so a test's content gets its own).
 */
export function perDataAndLocale<D extends object, T>(make: (data: D, locale: string) => T): (data: D, locale: string) => T {
  const made = new WeakMap<D, (locale: string) => T>();
  return (data, locale) => {
    let forData = made.get(data);
    if (!forData) made.set(data, (forData = perLocale((l) => make(data, l))));
    return forData(locale);
  };
}
