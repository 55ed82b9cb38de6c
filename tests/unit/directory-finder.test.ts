import { describe, expect, it } from 'vitest';
import { choiceForm, choiceFrom, findServices, normalisedWords, wordIndex, type FinderData, type FinderEntry } from '../../src/directory/finder.ts';
import { noChoice } from '../../src/directory/filters.ts';

const entry = (title: string, text: string, values: Record<string, string[]>): FinderEntry => ({
  url: `/pl/services/${title}/`, title, facts: '', places: [], values: { kind: ['service'], ...values }, titleWords: wordIndex(title), textWords: wordIndex(text),
});
const data = {
  locale: 'pl',
  needWords: { speech: wordIndex('Mowa logopeda terapia mowy'), food: wordIndex('bank żywności darmowe jedzenie') },
  options: { category: [['speech', 'Mowa'], ['food', 'Jedzenie']], age: [['3', '3']], area: [], language: [], mode: [], day: [] },
  services: [
    entry('Baby bank', 'Clothes and nappies for babies', { category: ['food'], age: ['0', '1', '2', '3'] }),
    entry('Food bank', 'Three days of emergency food', { category: ['food'], age: ['3'], free: ['yes'] }),
    entry('Speech drop-in', 'Talk to a speech therapist about how your child talks', { category: ['speech'], age: ['0', '3'] }),
  ],
} as unknown as FinderData;
const titles = (words: string, more: Partial<typeof noChoice> = {}) => findServices(data, { ...noChoice, words, ...more }).map((s) => s.title);

describe('the finder (filters and words, as the Worker answers the form)', () => {
  it('normalises case and accents the same way for the index and for what is typed', () => {
    expect(normalisedWords('Bank ŻYWNOŚCI, día')).toEqual(['bank', 'zywnosci', 'dia']);
  });

  it('finds a need by its words in the page language, inflected, and needs every word typed', () => {
    expect(titles('logopeda')).toEqual(['Speech drop-in']);
    expect(titles('logopedy')).toEqual(['Speech drop-in']);
    expect(titles('bank żywności')).toEqual(['Baby bank', 'Food bank']);
    expect(titles('food bank')[0]).toBe('Food bank');
    expect(titles('bank zywnosci emergency')).toEqual(['Food bank']);
    expect(titles('zzqx')).toEqual([]);
  });

  it('puts a word in the name before one only in the description', () => {
    expect(titles('speech')).toEqual(['Speech drop-in']);
    expect(titles('food')[0]).toBe('Food bank');
  });

  it('needs every chosen filter', () => {
    expect(titles('', { category: 'food' })).toEqual(['Baby bank', 'Food bank']);
    expect(titles('', { category: 'food', free: true })).toEqual(['Food bank']);
    expect(titles('', { age: '3', category: 'speech' })).toEqual(['Speech drop-in']);
  });

  it('reads only values the form offers from a post, and writes a choice back as the same fields', () => {
    const choice = choiceFrom(new URLSearchParams('category=food&age=99&free=yes&self=on&words=bank&postcode=NB1%201AA&locale=pl'), data.options);
    expect(choice).toEqual({ ...noChoice, category: 'food', free: true, words: 'bank', postcode: 'NB1 1AA' });
    const form = choiceForm(choice);
    expect(form.get('postcode')).toBeNull(); // the island keeps the postcode on the device
    expect(choiceFrom(form, data.options)).toEqual({ ...choice, postcode: '' });
  });
});
