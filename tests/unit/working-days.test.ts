import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dueAt, isWorkingDay, localDate, ragState, type WorkingCalendar } from '../../functions/core/working-days.ts';
import { site } from '../support/content.ts';

const calendar: WorkingCalendar = {
  officeHours: site.contact.officeHours,
  bankHolidays: site.contact.bankHolidays,
  timeZone: site.contact.timeZone,
};
const london = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date).replace(',', '');

// Any moment in the two years the demo's bank holidays cover.
const instants = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-15T00:00:00Z'), noInvalidDate: true });
const daysBetween = (from: string, to: string) => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`) + 86_400_000; t < Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

describe('when a decision is due', () => {
  it('a Friday-evening request is due at Monday’s closing time', () => {
    expect(london(dueAt(new Date('2026-11-20T19:45:00Z'), calendar))).toBe('Monday 23 November 2026 at 17:00');
  });

  it('a request on a Tuesday morning is due at Wednesday’s closing time, in summer time too', () => {
    expect(london(dueAt(new Date('2026-07-14T08:10:00Z'), calendar))).toBe('Wednesday 15 July 2026 at 17:00');
    expect(dueAt(new Date('2026-07-14T08:10:00Z'), calendar).toISOString()).toBe('2026-07-15T16:00:00.000Z');
  });

  it('skips Christmas, Boxing Day (moved to Monday) and the weekend', () => {
    // Thursday 24 December 2026: Friday is Christmas Day, Monday 28th the Boxing Day holiday.
    expect(london(dueAt(new Date('2026-12-24T10:00:00Z'), calendar))).toBe('Tuesday 29 December 2026 at 17:00');
  });

  it('a Thursday request before Good Friday is due on the Tuesday after Easter Monday', () => {
    expect(london(dueAt(new Date('2027-03-25T15:00:00Z'), calendar))).toBe('Tuesday 30 March 2027 at 17:00');
  });

  it('uses Friday’s earlier closing time', () => {
    expect(london(dueAt(new Date('2026-11-19T12:00:00Z'), calendar))).toBe('Friday 20 November 2026 at 16:30');
  });

  it('is always the closing time of a working day after the day of receipt, with no working day skipped in between', () => {
    fc.assert(
      fc.property(instants, (received) => {
        const due = dueAt(received, calendar);
        const receivedDay = localDate(received, 'Europe/London');
        const dueDay = localDate(due, 'Europe/London');
        expect(dueDay > receivedDay).toBe(true);
        expect(isWorkingDay(dueDay, calendar)).toBe(true);
        expect(calendar.bankHolidays).not.toContain(dueDay);
        for (const between of daysBetween(receivedDay, dueDay)) expect(isWorkingDay(between, calendar)).toBe(false);
        const hhmm = london(due).slice(-5);
        expect(['17:00', '16:30']).toContain(hhmm);
      }),
      { numRuns: 2000 },
    );
  });

  it('never falls earlier for a request that came later, and is at most a week and a bit away', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 10 * 86_400_000 }), (first, gap) => {
        const later = new Date(first.getTime() + gap);
        expect(dueAt(later, calendar).getTime()).toBeGreaterThanOrEqual(dueAt(first, calendar).getTime());
        expect(dueAt(first, calendar).getTime() - first.getTime()).toBeLessThan(8 * 86_400_000);
      }),
      { numRuns: 1000 },
    );
  });

  it('two requests on the same London day are due at the same moment', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 86_399 }), (instant, second) => {
        const day = localDate(instant, 'Europe/London');
        const other = new Date(Date.parse(`${day}T12:00:00Z`) - 12 * 3_600_000 + second * 1000);
        fc.pre(localDate(other, 'Europe/London') === day);
        expect(dueAt(other, calendar).getTime()).toBe(dueAt(instant, calendar).getTime());
      }),
      { numRuns: 500 },
    );
  });
});

describe('red, amber, green', () => {
  const due = new Date('2026-11-23T17:00:00Z');
  it('is green before the day it is due, amber on that day, red once it is past', () => {
    expect(ragState(due, new Date('2026-11-21T10:00:00Z'), 'Europe/London')).toBe('green');
    expect(ragState(due, new Date('2026-11-23T08:00:00Z'), 'Europe/London')).toBe('amber');
    expect(ragState(due, new Date('2026-11-23T17:00:01Z'), 'Europe/London')).toBe('red');
  });
});
