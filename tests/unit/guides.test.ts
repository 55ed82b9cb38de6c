import { readdirSync, readFileSync } from 'node:fs';
import readability from 'text-readability';
import { describe, expect, it } from 'vitest';
import { site } from '../support/content.ts';

const english = readdirSync('content/guides/en').filter((f) => f.endsWith('.md'));
/** UK reading age: the US school grade (Flesch–Kincaid) plus five years. */
const readingAge = (words: string) => readability.fleschKincaidGrade(words) + 5;
/** The guide's words without front matter or Markdown marks; a heading or list item counts as one sentence. */
const words = (markdown: string) =>
  markdown
    .replace(/^---[\s\S]*?---/, '')
    .split('\n')
    .map((line) => line.replace(/^(#+|-|\d+\.)\s*/, '').replace(/\*\*/g, '').trim())
    .filter(Boolean)
    .map((line) => (/[.?!:]$/.test(line) ? line : `${line}.`))
    .join(' ');

describe('guides for families', () => {
  it('has seven guides, each in every language', () => {
    expect(english.length).toBe(7);
    for (const { code } of site.locales) expect(readdirSync(`content/guides/${code}`).sort(), code).toEqual([...english].sort());
  });

  const ages = english.map((f) => [f, readingAge(words(readFileSync(`content/guides/en/${f}`, 'utf8')))] as const);
  console.log(ages.map(([f, age]) => `  ${f.padEnd(32)} reading age ${age.toFixed(1)}${age > 9 ? '  (above the aim of 9)' : ''}`).join('\n'));

  it('keeps every English guide within a reading age of 11 (the aim is 9)', () => {
    expect(ages.filter(([, age]) => age > 11)).toEqual([]);
  });
});
