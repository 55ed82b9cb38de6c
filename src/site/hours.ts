import { weekdays, type SiteConfig, type Weekday } from './config-schema.ts';
import { perLocale } from './per-locale.ts';

export interface HoursRow {
  from: Weekday;
  to: Weekday;
  opens: string;
  closes: string;
}

/** Groups consecutive days with the same hours: Monday to Thursday 08:30–17:00, Friday 08:30–16:30. */
export function groupOfficeHours(hours: SiteConfig['contact']['officeHours']): HoursRow[] {
  const rows: HoursRow[] = [];
  let previous: Weekday | undefined;
  for (const day of weekdays) {
    const h = hours[day];
    if (!h) {
      previous = undefined;
      continue;
    }
    const last = rows.at(-1);
    if (last && previous && last.to === previous && last.opens === h.opens && last.closes === h.closes) last.to = day;
    else rows.push({ from: day, to: day, ...h });
    previous = day;
  }
  return rows;
}

// 1 January 2024 was a Monday: a fixed week to ask Intl for day names.
const mondayUtc = Date.UTC(2024, 0, 1);

/** A day's name in a language, e.g. "Monday", "poniedziałek", "الاثنين". */
export function dayName(locale: string, day: Weekday): string {
  const date = new Date(mondayUtc + weekdays.indexOf(day) * 86_400_000);
  return dayNames(locale).format(date);
}
const dayNames = perLocale((locale) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }));

/** A clock time in a language. English follows GOV.UK style: "8:30am", "5pm". */
export function clockTime(locale: string, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  if (locale === 'en') {
    if (h === 12 && m === 0) return 'midday';
    const hour12 = h % 12 === 0 ? 12 : h % 12;
    return `${hour12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
  }
  // Western digits everywhere, to match phone numbers.
  const date = new Date(Date.UTC(2024, 0, 1, h, m));
  return clockTimes(locale).format(date);
}
const clockTimes = perLocale((locale) => new Intl.DateTimeFormat(`${locale}-u-nu-latn`, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }));
