import { describe, expect, it } from 'vitest';
import { clockTime, dayName, groupOfficeHours } from '../../src/site/hours.ts';
import { formatDay } from '../../src/site/dates.ts';

describe('office hours', () => {
  it('groups days that share hours, and starts a new group after a day off', () => {
    const rows = groupOfficeHours({
      monday: { opens: '08:30', closes: '17:00' },
      tuesday: { opens: '08:30', closes: '17:00' },
      wednesday: { opens: '08:30', closes: '17:00' },
      thursday: { opens: '08:30', closes: '17:00' },
      friday: { opens: '08:30', closes: '16:30' },
      sunday: { opens: '08:30', closes: '16:30' },
    });
    expect(rows).toEqual([
      { from: 'monday', to: 'thursday', opens: '08:30', closes: '17:00' },
      { from: 'friday', to: 'friday', opens: '08:30', closes: '16:30' },
      { from: 'sunday', to: 'sunday', opens: '08:30', closes: '16:30' },
    ]);
  });

  it('writes English times in GOV.UK style and others with Western digits', () => {
    expect(clockTime('en', '08:30')).toBe('8:30am');
    expect(clockTime('en', '17:00')).toBe('5pm');
    expect(clockTime('en', '12:00')).toBe('midday');
    expect(clockTime('pl', '17:00')).toBe('17:00');
    expect(clockTime('ar', '17:00')).toMatch(/5|17/);
    expect(clockTime('ar', '17:00')).not.toMatch(/[٠-٩]/);
  });

  it('names days in each language', () => {
    expect(dayName('en', 'monday')).toBe('Monday');
    expect(dayName('pl', 'friday')).toBe('piątek');
    expect(dayName('uk', 'monday')).toBe('понеділок');
  });
});

describe('dates written out', () => {
  it('puts English dates in British order, as GOV.UK style asks', () => {
    expect(formatDay('en', '2026-12-01')).toBe('1 December 2026');
    expect(formatDay('pl', '2026-12-01')).toBe('1 grudnia 2026');
  });
});
