import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { formatCount, type PluralForms } from '../search/plural-forms.ts';
import { noChoice, pagefindFilters, type Choice } from './filters.ts';

type Option = [value: string, label: string];
export interface FilterStrings {
  heading: string; words: string; category: string; any: string; age: string; free: string; language: string;
  mode: string; day: string; self: string; button: string; loading: string; failed: string; none: string;
  count: PluralForms; showingFirst: string;
}
interface Props { locale: string; strings: FilterStrings; options: { category: Option[]; age: Option[]; language: Option[]; mode: Option[]; day: Option[] } }
interface Pagefind {
  search(q: string | null, o: { filters: Record<string, string> }): Promise<{ results: { data(): Promise<{ url: string; meta: { title?: string; facts?: string } }> }[] }>;
}
let pagefind: Promise<Pagefind> | undefined;
const shown = 50;
type State = { kind: 'idle' | 'loading' | 'failed' } | { kind: 'done'; count: number; items: { url: string; title: string; facts: string }[] };

/**
 * Combined filters and word search over the directory, with Pagefind (fetched on first
 * use). Renders nothing until it runs, so without JavaScript people see the category
 * pages and the A to Z instead of a form that cannot work.
 */
export default function DirectoryFilters({ locale, strings, options }: Props) {
  const [ready, setReady] = useState(false);
  const [choice, setChoice] = useState<Choice>(noChoice);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const asked = useRef(0);
  useEffect(() => setReady(true), []);

  async function run(c: Choice) {
    const ask = ++asked.current;
    setState({ kind: 'loading' });
    try {
      const runtime = '/pagefind/pagefind.js';
      pagefind ??= import(/* @vite-ignore */ runtime) as Promise<Pagefind>;
      const found = await (await pagefind).search(c.words.trim() || null, { filters: pagefindFilters(c) });
      const items = (await Promise.all(found.results.slice(0, shown).map((r) => r.data()))).map((d) => ({ url: d.url, title: d.meta.title ?? d.url, facts: d.meta.facts ?? '' }));
      if (ask === asked.current) setState({ kind: 'done', count: found.results.length, items });
    } catch {
      pagefind = undefined;
      if (ask === asked.current) setState({ kind: 'failed' });
    }
  }
  const change = (key: keyof Choice) => (e: JSX.TargetedEvent<HTMLInputElement | HTMLSelectElement>) => {
    const t = e.currentTarget;
    const next = { ...choice, [key]: t instanceof HTMLInputElement && t.type === 'checkbox' ? t.checked : t.value };
    setChoice(next);
    if (key !== 'words') void run(next);
  };
  if (!ready) return <div />;

  const select = (key: 'category' | 'age' | 'language' | 'mode' | 'day', label: string) => (
    <div class="govuk-form-group fhp-filter">
      <label class="govuk-label" for={`filter-${key}`}>{label}</label>
      <select class="govuk-select" id={`filter-${key}`} value={choice[key]} onChange={change(key)}>
        <option value="">{strings.any}</option>
        {options[key].map(([v, l]) => <option value={v}>{l}</option>)}
      </select>
    </div>
  );
  const check = (key: 'free' | 'self', label: string) => (
    <div class="govuk-checkboxes__item">
      <input class="govuk-checkboxes__input" id={`filter-${key}`} type="checkbox" checked={choice[key]} onChange={change(key)} />
      <label class="govuk-label govuk-checkboxes__label" for={`filter-${key}`}>{label}</label>
    </div>
  );
  const status = state.kind === 'loading' ? strings.loading : state.kind === 'failed' ? strings.failed
    : state.kind === 'done' ? (state.count ? formatCount(strings.count, locale, state.count) : strings.none) : '';

  return (
    <form class="fhp-filters" role="search" aria-labelledby="filters-heading" onSubmit={(e) => { e.preventDefault(); void run(choice); }}>
      <h2 class="govuk-heading-l" id="filters-heading">{strings.heading}</h2>
      <div class="govuk-form-group">
        <label class="govuk-label" for="filter-words">{strings.words}</label>
        <input class="govuk-input" id="filter-words" type="search" autocomplete="off" value={choice.words} onInput={change('words')} />
      </div>
      <div class="fhp-filter-grid">
        {select('category', strings.category)}
        {select('age', strings.age)}
        {select('language', strings.language)}
        {select('mode', strings.mode)}
        {select('day', strings.day)}
      </div>
      <div class="govuk-checkboxes govuk-checkboxes--small govuk-form-group">{check('free', strings.free)}{check('self', strings.self)}</div>
      <button type="submit" class="govuk-button">{strings.button}</button>
      <p class="govuk-body govuk-!-font-weight-bold" role="status" aria-live="polite" id="filter-status">{status}</p>
      {state.kind === 'done' && state.items.length > 0 && (
        <ul class="fhp-search-results" aria-labelledby="filter-status">
          {state.items.map((r) => <li key={r.url}><a class="govuk-link govuk-!-font-size-24" href={r.url}>{r.title}</a><p class="govuk-body-s">{r.facts}</p></li>)}
        </ul>
      )}
      {state.kind === 'done' && state.count > shown && <p class="govuk-body">{strings.showingFirst.replace('{{shown}}', String(shown))}</p>}
    </form>
  );
}
