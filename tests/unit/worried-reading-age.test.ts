import readability from 'text-readability';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../src/worried/load-flow.ts';

const { text } = loadFlow();
const english = text.en!;
/** UK reading age: the US school grade (Flesch–Kincaid) plus five years. */
const readingAge = (words: string) => readability.fleschKincaidGrade(words) + 5;
// Sentences for the formula: answers are short phrases, so each counts as one sentence.
const asSentences = (parts: string[]) => parts.map((p) => (/[.?!]$/.test(p) ? p : `${p}.`)).join(' ');

describe('reading age of the questions and outcomes (English)', () => {
  const pages = [
    ...Object.entries(english.questions).map(([id, q]) => [`question ${id}`, asSentences([q.title, q.hint ?? '', ...Object.values(q.answers)].filter(Boolean))] as const),
    ...Object.entries(english.outcomes).map(([id, o]) => [`outcome ${id}`, asSentences([o.title, o.lead, ...o.body])] as const),
  ];
  const ages = pages.map(([name, words]) => [name, readingAge(words)] as const);
  console.log(ages.map(([name, age]) => `  ${name.padEnd(30)} reading age ${age.toFixed(1)}${age > 9 ? '  (above the aim of 9)' : ''}`).join('\n'));

  it('keeps every page within a reading age of 11 (the aim is 9)', () => {
    expect(ages.filter(([, age]) => age > 11)).toEqual([]);
  });
});
