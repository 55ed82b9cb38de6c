import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { missingKeys, unknownKeys, type Messages } from '../../src/i18n/schema.ts';
import { site } from '../support/content.ts';
import { reviewsSchema } from '../../src/i18n/schema.ts';

const read = (code: string): Messages => JSON.parse(readFileSync(`content/i18n/${code}.json`, 'utf8'));
const english = read('en');

describe('translations (content/i18n/<locale>.json)', () => {
  for (const { code } of site.locales) {
    it(`${code} has every key English has, with all of its plural forms`, () => {
      expect(missingKeys(english, read(code), code)).toEqual([]);
      expect(unknownKeys(english, read(code))).toEqual([]);
    });
  }

  it('catches a missing key and a missing plural form', () => {
    const polish = structuredClone(read('pl')) as any;
    delete polish.site.skipLink;
    delete polish.search.results_few;
    expect(missingKeys(english, polish, 'pl')).toEqual(['site.skipLink', 'search.results_few']);
  });

  it('records a review status for every language, and only English is not a draft', () => {
    const reviews = reviewsSchema.parse(parse(readFileSync('content/i18n/reviews.yaml', 'utf8')));
    for (const { code } of site.locales) expect(reviews[code], code).toBeDefined();
    // Until a fluent reviewer signs a language off, its pages must say it is a draft.
    expect(Object.entries(reviews).filter(([, r]) => r.status !== 'draft').map(([c]) => c)).toEqual(['en']);
  });

  it('has every long-form page in every language', () => {
    const slugs = readdirSync('content/pages/en');
    for (const { code } of site.locales) expect(readdirSync(`content/pages/${code}`).sort(), code).toEqual(slugs.sort());
  });
});
