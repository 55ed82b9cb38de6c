import type { Translate } from '../i18n/translate.ts';
import type { Service } from './schema.ts';
import { listFormat, perLocale } from '../site/per-locale.ts';
import { clockTime, dayName as weekdayName } from '../site/hours.ts';
import { weekdays } from '../site/config-schema.ts';

/** Plain words for a service's facts, in the reader's language. Pure, build time only. */

export function ageText(t: Translate, s: Pick<Service, 'minimum_age' | 'maximum_age'>): string {
  const min = s.minimum_age && s.minimum_age > 0 ? s.minimum_age : undefined;
  const max = s.maximum_age;
  if (min !== undefined && max !== undefined) return t('directory.ageRange', { min, max });
  if (min !== undefined) return t('directory.ageFrom', { min });
  if (max !== undefined) return t('directory.ageUpTo', { max });
  return t('directory.ageAny');
}

/** Free when nothing is charged: no cost options, or every option costs 0. */
export function isFree(s: Pick<Service, 'cost_options'>): boolean {
  return s.cost_options.every((c) => c.amount === 0 && !c.amount_description);
}

const icalDays = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 } as const;
type DayCode = keyof typeof icalDays;

const languageNames = perLocale((locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));

/** A weekday's name in a language, from an iCal day code (MO, TU …). */
export function dayName(locale: string, code: DayCode): string {
  return weekdayName(locale, weekdays[icalDays[code]]);
}

/** "Monday, Wednesday" or "first Tuesday of the month" from an iCal byday value. */
export function daysText(t: Translate, locale: string, byday: string): string {
  const parts = byday.split(',').map((part) => {
    const [, nth, code] = /^(-?\d)?([A-Z]{2})$/.exec(part)!;
    const day = dayName(locale, code as DayCode);
    if (!nth) return day;
    // "druga środa", "drugi wtorek": the ordinal agrees with the day's gender (an i18next context).
    const gender = t(`directory.dayGender.${weekdays[icalDays[code as DayCode]]}`);
    return t(nth === '-1' ? 'directory.nth_last' : `directory.nth_${nth}`, { day, context: gender });
  });
  return listFormat(locale).format(parts);
}

/** Opening hours as the contact page writes them: "6pm to 9pm" in English, Western digits in every language. */
export function hoursText(t: Translate, locale: string, opens: string, closes: string): string {
  if (opens.startsWith('00:00') && closes.startsWith('23:59')) return t('directory.allDay');
  return t('contact.timeRange', { opens: clockTime(locale, opens.slice(0, 5)), closes: clockTime(locale, closes.slice(0, 5)) });
}

/** A language's name in the reader's language; the data's own (English) name when Intl has none. */
export function languageName(locale: string, code: string, fallback: string): string {
  const memo = `${locale}\u0000${code}\u0000${fallback}`;
  return namesOfLanguages.get(memo) ?? namesOfLanguages.set(memo, nameOfLanguage(locale, code, fallback)).get(memo)!;
}
const namesOfLanguages = new Map<string, string>();
function nameOfLanguage(locale: string, code: string, fallback: string): string {
  try {
    return languageNames(locale).of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

/** True when the entry was last checked longer ago than the site allows. */
export function isStale(assuredDate: string | undefined, now: Date, staleAfterDays: number): boolean {
  if (!assuredDate) return true;
  const checked = Date.parse(`${assuredDate}T00:00:00Z`);
  return now.getTime() - checked > staleAfterDays * 86_400_000;
}

/** The one line under a service's name in lists and on its page: ages, cost, self-referral. */
export function serviceFacts(t: Translate, s: Service): string {
  return [ageText(t, s), isFree(s) ? t('directory.free') : t('directory.paid'), ...(s.referral.includes('self') ? [t('directory.selfReferral')] : [])].join(' · ');
}
