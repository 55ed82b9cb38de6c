import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { formatCount, type PluralForms } from '../search/plural-forms.ts';
import { byDistance, distanceText, parsePlaces } from './distance.ts';
import { noChoice, pagefindFilters, type Choice } from './filters.ts';
import { findPostcode, type Point, type PostcodeTable } from './postcodes.ts';
import { idFromServiceUrl, withService, withoutService } from './shortlist.ts';
import { useShortlist } from './use-shortlist.ts';

type Option = [value: string, label: string];
export interface FilterStrings {
  heading: string; words: string; category: string; any: string; age: string; area: string; free: string; language: string;
  mode: string; day: string; self: string; button: string; loading: string; failed: string; none: string;
  count: PluralForms; showingFirst: string; postcode: string; postcodeHint: string; postcodeMalformed: string; postcodeUnknown: string;
  postcodeFailed: string; nearestFirst: string; away: string; lessThan: string; noPlaceHeading: string; noPlace: string; tooManyToSort: string; errorPrefix: string;
  add: string; remove: string; added: string; removed: string; view: string; listed: PluralForms;
}
type SelectKey = 'category' | 'age' | 'area' | 'language' | 'mode' | 'day';
interface Props { locale: string; strings: FilterStrings; options: Record<SelectKey, Option[]>; postcodeTable?: string; shortlistPath: string }
interface Pagefind {
  search(q: string | null, o: { filters: Record<string, string> }): Promise<{ results: { data(): Promise<{ url: string; meta: { title?: string; facts?: string; places?: string } }> }[] }>;
}
interface Item { url: string; title: string; facts: string; places: Point[]; miles?: number }
type State = { kind: 'idle' | 'loading' | 'failed' } | { kind: 'done'; count: number; items: Item[]; noPlace: Item[]; nearest: boolean; tooMany: boolean };

let pagefind: Promise<Pagefind> | undefined;
let postcodes: Promise<PostcodeTable> | undefined;
const shown = 50;
/** Sorting by distance reads every match's place: more than this, and people are asked to narrow first. */
const sortLimit = 300;

/**
 * Combined filters and word search over the directory, with Pagefind (fetched on first
 * use), and "Near me": a postcode looked up in the council's own table (fetched only when
 * someone types one; nothing they type leaves the page). Renders nothing until it runs, so
 * without JavaScript people see the category pages and the A to Z instead.
 */
export default function DirectoryFilters({ locale, strings, options, postcodeTable, shortlistPath }: Props) {
  const [ready, setReady] = useState(false);
  const [choice, setChoice] = useState<Choice>(noChoice);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [postcodeError, setPostcodeError] = useState('');
  const [listed, saveListed] = useShortlist();
  const [listMessage, setListMessage] = useState('');
  const asked = useRef(0);
  const postcodeInput = useRef<HTMLInputElement>(null);
  useEffect(() => setReady(true), []);

  /** Where the typed postcode is; '' when none is typed; an error message when it cannot be used. */
  async function origin(c: Choice): Promise<Point | undefined | string> {
    if (!postcodeTable || !c.postcode.trim()) return undefined;
    postcodes ??= fetch(postcodeTable).then((r) => (r.ok ? (r.json() as Promise<PostcodeTable>) : Promise.reject(new Error(String(r.status)))));
    try {
      const found = findPostcode(await postcodes, c.postcode);
      return found.ok ? found.point : found.problem === 'malformed' ? strings.postcodeMalformed : strings.postcodeUnknown;
    } catch {
      postcodes = undefined;
      return strings.postcodeFailed;
    }
  }

  async function run(c: Choice) {
    const ask = ++asked.current;
    setState({ kind: 'loading' });
    try {
      const from = await origin(c);
      if (ask !== asked.current) return;
      setPostcodeError(typeof from === 'string' ? from : '');
      if (typeof from === 'string') {
        setState({ kind: 'idle' });
        postcodeInput.current?.focus();
        return;
      }
      const runtime = '/pagefind/pagefind.js';
      pagefind ??= import(/* @vite-ignore */ runtime) as Promise<Pagefind>;
      const found = await (await pagefind).search(c.words.trim() || null, { filters: pagefindFilters(c) });
      const count = found.results.length;
      const sorting = from !== undefined && count <= sortLimit;
      const load = found.results.slice(0, sorting ? sortLimit : shown).map((r) => r.data());
      const items = (await Promise.all(load)).map((d) => ({ url: d.url, title: d.meta.title ?? d.url, facts: d.meta.facts ?? '', places: parsePlaces(d.meta.places) }));
      if (ask !== asked.current) return;
      const sorted = sorting ? byDistance(items, (i) => i.places, from) : { near: items, noPlace: [] };
      setState({ kind: 'done', count, items: sorted.near, noPlace: sorted.noPlace, nearest: sorting, tooMany: from !== undefined && !sorting });
    } catch {
      pagefind = undefined;
      if (ask === asked.current) setState({ kind: 'failed' });
    }
  }
  const change = (key: keyof Choice) => (e: JSX.TargetedEvent<HTMLInputElement | HTMLSelectElement>) => {
    const t = e.currentTarget;
    const next = { ...choice, [key]: t instanceof HTMLInputElement && t.type === 'checkbox' ? t.checked : t.value };
    setChoice(next);
    if (key !== 'words' && key !== 'postcode') void run(next);
  };
  if (!ready) return <div />;

  const select = (key: SelectKey, label: string) => options[key].length > 0 && (
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
  const toggle = (r: Item) => {
    const id = idFromServiceUrl(r.url);
    if (!id) return;
    const next = listed.includes(id) ? withoutService(listed, id) : withService(listed, id);
    saveListed(next);
    setListMessage(`${listed.includes(id) ? strings.removed : strings.added} ${formatCount(strings.listed, locale, next.length)}.`);
  };
  const result = (r: Item) => {
    const id = idFromServiceUrl(r.url);
    return (
      <li key={r.url}>
        <a class="govuk-link govuk-!-font-size-24" href={r.url}>{r.title}</a>
        <p class="govuk-body-s govuk-!-margin-bottom-1">{r.facts}</p>
        {r.miles !== undefined && <p class="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1 fhp-distance">{strings.away.replace('{{distance}}', distanceText(locale, r.miles, strings.lessThan))}</p>}
        {id && (
          <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 fhp-shortlist-add" onClick={() => toggle(r)}>
            {listed.includes(id) ? strings.remove : strings.add}<span class="govuk-visually-hidden"> {r.title}</span>
          </button>
        )}
      </li>
    );
  };
  const status = state.kind === 'loading' ? strings.loading : state.kind === 'failed' ? strings.failed
    : state.kind === 'done' ? (state.count ? `${formatCount(strings.count, locale, state.count)}${state.nearest ? ` ${strings.nearestFirst}` : ''}` : strings.none) : postcodeError;

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
        {select('area', strings.area)}
        {select('language', strings.language)}
        {select('mode', strings.mode)}
        {select('day', strings.day)}
      </div>
      <div class="govuk-checkboxes govuk-checkboxes--small govuk-form-group">{check('free', strings.free)}{check('self', strings.self)}</div>
      {postcodeTable && (
        <div class={`govuk-form-group${postcodeError ? ' govuk-form-group--error' : ''}`}>
          <label class="govuk-label" for="filter-postcode">{strings.postcode}</label>
          <div class="govuk-hint" id="filter-postcode-hint">{strings.postcodeHint}</div>
          {postcodeError && <p class="govuk-error-message" id="filter-postcode-error"><span class="govuk-visually-hidden">{strings.errorPrefix}</span> {postcodeError}</p>}
          <input class={`govuk-input govuk-input--width-10${postcodeError ? ' govuk-input--error' : ''}`} id="filter-postcode" type="text" autocomplete="postal-code" spellcheck={false}
            aria-describedby={`filter-postcode-hint${postcodeError ? ' filter-postcode-error' : ''}`} value={choice.postcode} onInput={change('postcode')} ref={postcodeInput} />
        </div>
      )}
      <button type="submit" class="govuk-button">{strings.button}</button>
      <p class="govuk-body govuk-!-font-weight-bold" role="status" aria-live="polite" id="filter-status">{status}</p>
      {state.kind === 'done' && state.tooMany && <p class="govuk-inset-text">{strings.tooManyToSort}</p>}
      <p class="govuk-body" role="status">{listMessage}{listed.length > 0 && <> <a class="govuk-link" href={shortlistPath}>{strings.view}</a> <span dir="ltr">({listed.length})</span></>}</p>
      {state.kind === 'done' && state.items.length > 0 && (
        <ul class="fhp-search-results" aria-labelledby="filter-status">{state.items.slice(0, shown).map(result)}</ul>
      )}
      {state.kind === 'done' && state.items.length > shown && <p class="govuk-body">{strings.showingFirst.replace('{{shown}}', String(shown))}</p>}
      {state.kind === 'done' && state.noPlace.length > 0 && (
        <>
          <h3 class="govuk-heading-m" id="filter-no-place">{strings.noPlaceHeading}</h3>
          <p class="govuk-body">{strings.noPlace}</p>
          <ul class="fhp-search-results fhp-no-place" aria-labelledby="filter-no-place">{state.noPlace.slice(0, shown).map(result)}</ul>
        </>
      )}
      {state.kind === 'done' && !state.nearest && state.count > shown && <p class="govuk-body">{strings.showingFirst.replace('{{shown}}', String(shown))}</p>}
    </form>
  );
}
