import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.ts';
import { projectContent } from '../support/content.ts';

const { words: messages } = projectContent();
import { distanceText } from '../../src/directory/distance.ts';

const words = (locale: string, miles: number) => distanceText(locale, miles, translator(messages, locale)('directory.filters.lessThan'));

describe('"Near me" distances in words', () => {
  it('never says "0 miles": under a mile is "less than 1 mile"', () => {
    expect(words('en', 0)).toBe('less than 1 mile');
    expect(words('en', 0.04)).toBe('less than 1 mile');
    expect(words('en', 0.99)).toBe('less than 1 mile');
    expect(words('pl', 0.2)).toBe('mniej niż 1 mila');
    expect(words('uk', 0.2)).toMatch(/^менше ніж 1 мил/);
    expect(words('ar', 0.2)).toMatch(/^أقل من /);
    expect(words('ur', 0.2)).toMatch(/ سے کم$/);
    for (const locale of ['en', 'pl', 'ro', 'uk', 'ar', 'ur']) expect(words(locale, 0.01), locale).not.toMatch(/(^|\D)0(\D|$)/);
  });

  it('gives one decimal place under 10 miles and whole miles beyond, with Western digits', () => {
    expect(words('en', 1)).toBe('1 mile');
    expect(words('en', 2.44)).toBe('2.4 miles');
    expect(words('en', 12.6)).toBe('13 miles');
    expect(words('ar', 2.44)).toMatch(/2[.,٫]4/);
    expect(words('pl', 5)).toBe('5 mil');
  });
});
