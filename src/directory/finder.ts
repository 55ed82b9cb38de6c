import type { PluralForms } from '../search/plural-forms.ts';
import { noChoice, type Choice } from './filters.ts';
import type { Point } from './postcodes.ts';

/**
 * The directory's finder: filters and words over a compact index the build writes for each
 * language (/<lang>/services/finder.json). The Worker answers the filter form with it: a page
 * of results without JavaScript, or JSON for the filter island. Pure: used at build time, in
 * the Worker and in tests (nothing from node: or content/).
 */

export type Option = [value: string, label: string];

/** Every word the finder shows, resolved at build time (no i18next in the browser or the Worker). */
export interface FilterStrings {
  heading: string; words: string; category: string; any: string; age: string; area: string; free: string; language: string;
  mode: string; day: string; self: string; button: string; loading: string; failed: string; none: string;
  count: PluralForms; showingFirst: string; postcode: string; postcodeHint: string; postcodeHintSent: string; postcodeMalformed: string; postcodeUnknown: string;
  postcodeFailed: string; nearestFirst: string; away: string; lessThan: string; noPlaceHeading: string; noPlace: string; tooManyToSort: string; errorPrefix: string;
  errorTitle: string; resultsTitle: string;
  add: string; remove: string; added: string; removed: string; view: string; listed: PluralForms;
}
export type SelectKey = 'category' | 'age' | 'area' | 'language' | 'mode' | 'day';
export const selectKeys: SelectKey[] = ['category', 'age', 'area', 'language', 'mode', 'day'];

/** One service as the finder knows it, in one language. */
export interface FinderEntry {
  url: string;
  title: string;
  /** The name is in English on another language's page (marked lang="en" where it is shown). */
  english?: true;
  facts: string;
  /** Its filter values (filters.ts: filterValues). */
  values: Record<string, string[]>;
  places: Point[];
  /** Its name's words, and the words of everything else it says, normalised, each once. */
  titleWords: string;
  textWords: string;
}

export interface FinderData {
  locale: string;
  /** The council has a postcode table: "sort by distance" is offered. */
  hasPostcodes: boolean;
  strings: FilterStrings;
  options: Record<SelectKey, Option[]>;
  /** Per category: the normalised words people use for that need in this language. */
  needWords: Record<string, string>;
  services: FinderEntry[];
}

/** One result, as the island and the page show it. */
export interface FinderItem { url: string; title: string; english?: true; facts: string; places: Point[]; miles?: number }

/** Lower case, accents and other marks dropped, split into words: the same for the index and for what is typed. */
export function normalisedWords(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Words joined for the index, each once. */
export const wordIndex = (text: string) => [...new Set(normalisedWords(text))].join(' ');

/**
 * A typed word matches an indexed one that starts with it, or (for longer words) that shares
 * all but its last two letters: "logopedy" finds "logopeda", "carers" finds "carer". The same
 * word exactly counts for more: Arabic "التوحد" (autism) shares its first letters, the article
 * among them, with many other words.
 */
function matches(typed: string, words: string[]): 0 | 1 | 2 {
  if (words.includes(typed)) return 2;
  const stem = typed.length >= 5 ? typed.slice(0, Math.max(4, typed.length - 2)) : typed;
  return words.some((w) => w.startsWith(stem)) ? 1 : 0;
}

/** What was chosen in the form, keeping only values the form offers (anything else means "any"). */
export function choiceFrom(form: URLSearchParams, options: Record<SelectKey, Option[]>): Choice {
  const choice: Choice = { ...noChoice };
  choice.words = (form.get('words') ?? '').slice(0, 200);
  choice.postcode = (form.get('postcode') ?? '').slice(0, 20);
  for (const key of selectKeys) {
    const value = form.get(key) ?? '';
    if (options[key].some(([v]) => v === value)) choice[key] = value;
  }
  choice.free = form.get('free') === 'yes';
  choice.self = form.get('self') === 'yes';
  return choice;
}

/** The form's fields for a choice (what the island posts; postcodes never leave the browser). */
export function choiceForm(c: Choice): URLSearchParams {
  const form = new URLSearchParams();
  if (c.words.trim()) form.set('words', c.words.trim());
  for (const key of selectKeys) if (c[key]) form.set(key, c[key]);
  if (c.free) form.set('free', 'yes');
  if (c.self) form.set('self', 'yes');
  return form;
}

/**
 * The services matching every chosen filter and every typed word, best first: a word in the
 * name counts most, then one in the words for one of its needs, then one in the description. With no
 * words typed, A to Z (the index is in that order).
 */
export function findServices(data: FinderData, c: Choice): FinderEntry[] {
  const chosen: [string, string][] = selectKeys.filter((k) => c[k]).map((k) => [k, c[k]]);
  if (c.free) chosen.push(['free', 'yes']);
  if (c.self) chosen.push(['self', 'yes']);
  const typed = [...new Set(normalisedWords(c.words))].slice(0, 12);
  const needs = Object.fromEntries(Object.entries(data.needWords).map(([id, words]) => [id, words.split(' ')]));
  const scored: [FinderEntry, number][] = [];
  for (const s of data.services) {
    if (!chosen.every(([k, v]) => s.values[k]?.includes(v))) continue;
    let score = 0;
    if (typed.length) {
      const title = s.titleWords.split(' ');
      const need = (s.values.category ?? []).flatMap((id) => needs[id] ?? []);
      const text = s.textWords.split(' ');
      for (const word of typed) {
        // In the name counts most, then in a need's words, then in the description; exactly, a little more.
        const [inTitle, inNeed, inText] = [matches(word, title), matches(word, need), matches(word, text)];
        const points = inTitle ? 3 + inTitle : inNeed ? 2 + inNeed : inText ? inText - 0.5 : 0;
        if (!points) { score = -1; break; }
        score += points;
      }
      if (score < 0) continue;
    }
    scored.push([s, score]);
  }
  // Stable: equal scores keep A to Z order.
  return scored.sort((a, b) => b[1] - a[1]).map(([s]) => s);
}

export const toItem = (s: FinderEntry): FinderItem => ({ url: s.url, title: s.title, ...(s.english ? { english: true } : {}), facts: s.facts, places: s.places });
