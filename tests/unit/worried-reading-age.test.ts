import { readFileSync } from 'node:fs';
import readability from 'text-readability';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../support/content.ts';

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

  // The words of what an outcome offers (content/i18n/en.json, worried.*), for the outcomes added for who is asking.
  const ui = JSON.parse(readFileSync('content/i18n/en.json', 'utf8')).worried as Record<string, string>;
  const actionWords: Record<string, string[]> = {
    'domestic-abuse-help': ['helplinesTitle', 'helplineHint', 'helplineFree', 'helplineAllDay'],
    'safety-advice': ['safetyTitle', 'safetyTip1', 'safetyTip2', 'safetyTip3', 'safetyHide'],
    'help-them-ask': ['helpThemAskTitle', 'helpThemAsk', 'helpThemAskLink', 'helpThemAskHint'],
    'report-instead': ['reportInsteadTitle', 'reportInstead'],
  };
  it('keeps what each outcome offers near a reading age of 9', () => {
    for (const [action, keys] of Object.entries(actionWords)) {
      const age = readingAge(asSentences(keys.map((k) => ui[k]!.replace('{{phone}}', '0113 496 0123'))));
      console.log(`  action ${action.padEnd(23)} reading age ${age.toFixed(1)}`);
      expect(age, action).toBeLessThanOrEqual(10);
    }
  });
});
