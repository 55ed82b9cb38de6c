/**
 * Insight for the partnership: per week, requests by kind, language and decision; the share
 * decided within one working day; the median time to a decision; and how many people reached
 * each outcome of "worried about a child?" per day and language. Counts under 5 (but not 0)
 * are shown as "fewer than 5", so no small group can be picked out.
 */
import { dueAt, localDate, type WorkingCalendar } from '../working-days.ts';
import type { RequestFacts } from './store.ts';

export const fewerThanFive = 'fewer than 5';
export type Count = number | typeof fewerThanFive;

/** A count as it may be shown: 1 to 4 become "fewer than 5". */
export const shown = (n: number): Count => (n > 0 && n < 5 ? fewerThanFive : n);

export interface WeekInsight {
  /** The Monday the week starts (London date). */
  week: string;
  requests: Count;
  byKind: Record<string, Count>;
  byLanguage: Record<string, Count>;
  byDecision: Record<string, Count>;
  decided: Count;
  /** Whole per cent of decided requests decided by their due time; null when none, or fewer than 5, were decided. */
  decidedWithinOneWorkingDay: number | null;
  /** Median hours from receipt to decision; null when fewer than 5 were decided. */
  medianHoursToDecision: number | null;
}

export interface WorriedCount {
  day: string;
  outcome: string;
  language: string;
  count: Count;
}

export interface Insight {
  weeks: WeekInsight[];
  worried: WorriedCount[];
}

export function mondayOf(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  const back = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - back * 86_400_000).toISOString().slice(0, 10);
}

const tally = (values: string[]) => {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => [k, shown(n)]));
};

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function insightFrom(facts: RequestFacts[], worried: { day: string; outcome: string; language: string; count: number }[], calendar: WorkingCalendar): Insight {
  const byWeek = new Map<string, RequestFacts[]>();
  for (const f of facts) {
    const week = mondayOf(localDate(new Date(f.receivedAt), calendar.timeZone));
    byWeek.set(week, [...(byWeek.get(week) ?? []), f]);
  }
  const weeks = [...byWeek]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([week, rows]): WeekInsight => {
      const decided = rows.filter((r) => r.outcome && r.decidedAt);
      const onTime = decided.filter((r) => Date.parse(r.decidedAt!) <= dueAt(new Date(r.receivedAt), calendar).getTime());
      const hours = decided.map((r) => (Date.parse(r.decidedAt!) - Date.parse(r.receivedAt)) / 3_600_000);
      const enough = decided.length >= 5;
      const medianHours = median(hours);
      return {
        week,
        requests: shown(rows.length),
        byKind: tally(rows.map((r) => r.kind)),
        byLanguage: tally(rows.map((r) => r.language)),
        byDecision: tally(decided.map((r) => r.outcome!)),
        decided: shown(decided.length),
        decidedWithinOneWorkingDay: enough ? Math.round((100 * onTime.length) / decided.length) : null,
        medianHoursToDecision: enough && medianHours !== null ? Math.round(medianHours * 10) / 10 : null,
      };
    });
  return { weeks, worried: worried.map((w) => ({ ...w, count: shown(w.count) })) };
}

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote anything with a comma or quote; never let a cell start like a spreadsheet formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The same numbers as rows of "period,measure,group,value" for a spreadsheet. */
export function insightCsv(insight: Insight): string {
  const rows: unknown[][] = [['period', 'measure', 'group', 'value']];
  for (const w of insight.weeks) {
    rows.push([`week of ${w.week}`, 'requests', 'all', w.requests]);
    for (const [k, n] of Object.entries(w.byKind)) rows.push([`week of ${w.week}`, 'requests by kind', k, n]);
    for (const [k, n] of Object.entries(w.byLanguage)) rows.push([`week of ${w.week}`, 'requests by language', k, n]);
    for (const [k, n] of Object.entries(w.byDecision)) rows.push([`week of ${w.week}`, 'decisions', k, n]);
    rows.push([`week of ${w.week}`, 'share decided within one working day (%)', 'all', w.decidedWithinOneWorkingDay]);
    rows.push([`week of ${w.week}`, 'median hours to decision', 'all', w.medianHoursToDecision]);
  }
  for (const c of insight.worried) rows.push([c.day, 'worried about a child: outcome reached', `${c.outcome} (${c.language})`, c.count]);
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
