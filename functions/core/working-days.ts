/**
 * The front door's clock: a decision is due by the end of the next working day after a
 * request arrives. Working days and their closing times come from content/site.yaml (office
 * hours and bank holidays), counted in the council's own time zone (Europe/London), so a
 * Friday-evening request is due at Monday's closing time, and Christmas is skipped.
 */

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

export interface WorkingCalendar {
  /** Opening and closing time ("08:30", "17:00") of each day the Family Help Point is open. */
  officeHours: Partial<Record<Weekday, { opens: string; closes: string }>>;
  /** ISO dates (YYYY-MM-DD) it is closed although the weekday is open. */
  bankHolidays: string[];
  timeZone: string;
}

export type Rag = 'red' | 'amber' | 'green';

const dayMs = 86_400_000;
const dateParts = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string) {
  let f = dateParts.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    dateParts.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date and time at an instant in a time zone. */
function wallClock(instant: number, timeZone: string) {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), h: Number(parts.hour), mi: Number(parts.minute), s: Number(parts.second) };
}

/** The local date (YYYY-MM-DD) of an instant. */
export function localDate(instant: Date, timeZone: string): string {
  const { y, m, d } = wallClock(instant.getTime(), timeZone);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The instant a local date and time ("17:00") happen in the time zone (offsets found, not assumed). */
export function instantAt(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, h, mi);
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const seen = wallClock(guess, timeZone);
    const offset = Date.UTC(seen.y, seen.m - 1, seen.d, seen.h, seen.mi, seen.s) - guess;
    const next = asUtc - offset;
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess);
}

const weekdayOf = (date: string): Weekday => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return weekdays[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
};
const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);

/** Open that day: an office-hours weekday that is not a bank holiday. */
export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  return !!calendar.officeHours[weekdayOf(date)] && !calendar.bankHolidays.includes(date);
}

/** Closing time of the first working day after the day the request arrived (local time). */
export function dueAt(receivedAt: Date, calendar: WorkingCalendar): Date {
  let date = localDate(receivedAt, calendar.timeZone);
  // A calendar with no working day at all would loop for ever; a year is far past any closure.
  for (let i = 0; i < 366; i++) {
    date = nextDate(date);
    if (isWorkingDay(date, calendar)) return instantAt(date, calendar.officeHours[weekdayOf(date)]!.closes, calendar.timeZone);
  }
  throw new Error('the calendar has no working days');
}

/** Red: past due. Amber: due today (its last working day). Green: due on a later day. */
export function ragState(due: Date, now: Date, timeZone: string): Rag {
  if (now.getTime() > due.getTime()) return 'red';
  return localDate(now, timeZone) === localDate(due, timeZone) ? 'amber' : 'green';
}
