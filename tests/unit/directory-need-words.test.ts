import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { categoriesSchema } from '../../src/directory/schema.ts';
import { loadReferenceData, site } from '../support/content.ts';
import { needWords } from '../../src/directory/need-words.ts';
import { parseOrThrow } from '../../src/site/validate.ts';

const raw = parse(readFileSync('content/directory/categories.yaml', 'utf8')) as { categories: Record<string, unknown>[] };
const { categories } = loadReferenceData();

describe('the words people use for each need', () => {
  it('are given for every category in every language of the site', () => {
    for (const c of categories) for (const { code } of site.locales) expect(c.words[code]?.length, `${c.id} in ${code}`).toBeGreaterThan(0);
  });

  it('are refused when a word is given twice, or a language has none, naming the field', () => {
    const first = raw.categories[0] as { words: Record<string, string[]> };
    const twice = { categories: [{ ...first, words: { ...first.words, pl: ['logopeda', 'Logopeda'] } }] };
    expect(() => parseOrThrow(categoriesSchema, twice, 'categories.yaml')).toThrow(/categories\.0\.words\.pl: Give each word once/);
    const empty = { categories: [{ ...first, words: { ...first.words, ro: [] } }] };
    expect(() => parseOrThrow(categoriesSchema, empty, 'categories.yaml')).toThrow(/categories\.0\.words\.ro: Give at least one word/);
  });

  it('for a page in one language are that language\'s names and words of the service\'s categories, each once', () => {
    const speech = categories.find((c) => c.id === 'speech-language')!;
    const food = categories.find((c) => c.id === 'food')!;
    const words = needWords([speech, food], 'pl');
    expect(words).toContain('logopeda');
    expect(words).toContain('bank żywności');
    expect(words).toContain(speech.name.pl);
    expect(words.some((w) => speech.words.en!.includes(w))).toBe(false);
    expect(new Set(words).size).toBe(words.length);
  });
});
