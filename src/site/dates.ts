import { perLocale } from './per-locale.ts';

/** A day like 2026-11-02 written out in a language ("2 November 2026": British order for English). */
export function formatDay(locale: string, isoDay: string): string {
  return longDates(locale).format(new Date(`${isoDay}T00:00:00Z`));
}
const longDates = perLocale((locale) => new Intl.DateTimeFormat(`${locale === 'en' ? 'en-GB' : locale}-u-nu-latn`, { dateStyle: 'long', timeZone: 'UTC' }));
