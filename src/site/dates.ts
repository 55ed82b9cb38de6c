/** A day like 2026-11-02 written out in a language ("2 November 2026": British order for English). */
export function formatDay(locale: string, isoDay: string): string {
  const tag = locale === 'en' ? 'en-GB' : locale;
  return new Intl.DateTimeFormat(`${tag}-u-nu-latn`, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}
