import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.ts';
import { projectContent } from '../support/content.ts';

const { words: messages } = projectContent();
import { dayName, daysText } from '../../src/directory/describe.ts';

const days = (locale: string, byday: string) => daysText(translator(messages, locale), locale, byday);

describe('"the second Wednesday of the month" in every language', () => {
  it('reads as one phrase, with the ordinal agreeing with the day where the language needs it', () => {
    expect(days('en', '2WE')).toBe('second Wednesday of the month');
    expect(days('en', '-1FR')).toBe('last Friday of the month');
    // Polish: środa and niedziela are feminine, wtorek masculine.
    expect(days('pl', '2WE')).toBe('druga środa miesiąca');
    expect(days('pl', '1TU')).toBe('pierwszy wtorek miesiąca');
    expect(days('pl', '-1SU')).toBe('ostatnia niedziela miesiąca');
    // Ukrainian: середа and п'ятниця are feminine, понеділок masculine.
    expect(days('uk', '2WE')).toBe('друга середа місяця');
    expect(days('uk', '3MO')).toBe('третій понеділок місяця');
    expect(days('uk', '-1FR')).toBe(`остання ${dayName('uk', 'FR')} місяця`);
    expect(days('ro', '2WE')).toBe('a doua miercuri din lună');
    expect(days('ar', '2WE')).toBe(`${dayName('ar', 'WE')} الثاني من الشهر`);
    // Urdu: جمعرات (Thursday) is feminine.
    expect(days('ur', '1TH')).toBe(`مہینے کی پہلی ${dayName('ur', 'TH')}`);
    expect(days('ur', '1MO')).toBe(`مہینے کا پہلا ${dayName('ur', 'MO')}`);
  });

  it('never falls back to the old "day of the week: Wednesday" wording', () => {
    for (const locale of ['en', 'pl', 'ro', 'uk', 'ar', 'ur']) {
      for (const nth of ['1', '2', '3', '4', '-1']) {
        for (const code of ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']) {
          const text = days(locale, `${nth}${code}`);
          expect(text, `${locale} ${nth}${code}`).toContain(dayName(locale, code as 'MO'));
          expect(text).not.toMatch(/dzień tygodnia|день «|zi de|\{\{/);
        }
      }
    }
  });

  it('lists weekly days plainly', () => {
    expect(days('en', 'MO,WE')).toBe('Monday and Wednesday');
  });
});
