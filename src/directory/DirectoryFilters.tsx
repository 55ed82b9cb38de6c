import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { formatCount } from '../search/plural-forms.ts';
import { byDistance } from './distance.ts';
import { noChoice, type Choice } from './filters.ts';
import { inEnglish } from '../i18n/in-english.ts';
import { choiceForm, type FilterStrings, type FinderItem, type Option, type SelectKey } from './finder.ts';
import { FinderForm, FinderResults, foundText, shownResults, type Found } from './FinderViews.tsx';
import { findPostcode, type Point, type PostcodeTable } from './postcodes.ts';
import { idFromServiceUrl, withService, withoutService } from './shortlist.ts';
import { useShortlist } from './use-shortlist.ts';

interface Props { locale: string; strings: FilterStrings; options: Record<SelectKey, Option[]>; action: string; postcodeTable?: string; shortlistPath: string }
type State = { kind: 'idle' | 'loading' | 'failed' } | ({ kind: 'done' } & Found);

let postcodes: Promise<PostcodeTable> | undefined;
/** Sorting by distance needs every match's place: more than this, and people are asked to narrow first. */
const sortLimit = 300;

/**
 * Combined filters and word search over the directory. The form is a real form: without
 * JavaScript it posts to the Worker, which answers with a page of results. With JavaScript
 * this island asks the Worker the same question and shows the answer in place (one small
 * request). "Near me" looks the typed postcode up in the council's own table (fetched only
 * when someone types one) and sorts here: with JavaScript the postcode never leaves the page.
 */
export default function DirectoryFilters({ locale, strings, options, action, postcodeTable, shortlistPath }: Props) {
  const [choice, setChoice] = useState<Choice>(noChoice);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [postcodeError, setPostcodeError] = useState('');
  const [listed, saveListed] = useShortlist();
  const [listMessage, setListMessage] = useState('');
  const asked = useRef(0);
  const postcodeInput = useRef<HTMLInputElement>(null);
  // Rendered at build time too, as the form that works without JavaScript.
  const [ready, setReady] = useState(false);
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
      const form = choiceForm(c);
      form.set('locale', locale);
      form.set('limit', String(from ? sortLimit : shownResults));
      const res = await fetch(action, { method: 'POST', headers: { Accept: 'application/json' }, body: form, credentials: 'same-origin', referrerPolicy: 'no-referrer' });
      if (!res.ok) throw new Error(String(res.status));
      const { count, items } = (await res.json()) as { count: number; items: FinderItem[] };
      if (ask !== asked.current) return;
      const sorting = from !== undefined && count <= sortLimit;
      const sorted = sorting ? byDistance(items, (i) => i.places, from) : { near: items, noPlace: [] };
      setState({ kind: 'done', count, items: sorted.near, noPlace: sorted.noPlace, nearest: sorting, tooMany: from !== undefined && !sorting });
    } catch {
      if (ask === asked.current) setState({ kind: 'failed' });
    }
  }
  const change = (key: keyof Choice) => (e: JSX.TargetedEvent<HTMLInputElement | HTMLSelectElement>) => {
    const t = e.currentTarget;
    const next = { ...choice, [key]: t instanceof HTMLInputElement && t.type === 'checkbox' ? t.checked : t.value };
    setChoice(next);
    if (key !== 'words' && key !== 'postcode') void run(next);
  };
  const toggle = (r: FinderItem) => {
    const id = idFromServiceUrl(r.url);
    if (!id) return;
    const next = listed.includes(id) ? withoutService(listed, id) : withService(listed, id);
    saveListed(next);
    setListMessage(`${listed.includes(id) ? strings.removed : strings.added} ${formatCount(strings.listed, locale, next.length)}.`);
  };
  const shortlistButton = (r: FinderItem) => {
    const id = idFromServiceUrl(r.url);
    return id !== undefined && (
      <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 fhp-shortlist-add" onClick={() => toggle(r)}>
        {listed.includes(id) ? strings.remove : strings.add}<span class="govuk-visually-hidden" {...inEnglish(r.english)}> {r.title}</span>
      </button>
    );
  };
  const status = state.kind === 'loading' ? strings.loading : state.kind === 'failed' ? strings.failed : state.kind === 'done' ? foundText(strings, locale, state) : postcodeError;

  return (
    <FinderForm strings={strings} options={options} choice={choice} action={action} locale={locale} postcode={postcodeTable !== undefined} postcodeError={postcodeError} postcodeStaysHere={ready}
      postcodeInput={postcodeInput} onChange={change} onSubmit={(e) => { e.preventDefault(); void run(choice); }}>
      <p class="govuk-body govuk-!-font-weight-bold" role="status" aria-live="polite" id="filter-status">{status}</p>
      <p class="govuk-body" role="status">{listMessage}{listed.length > 0 && <> <a class="govuk-link" href={shortlistPath}>{strings.view}</a> <span dir="ltr">({listed.length})</span></>}</p>
      {state.kind === 'done' && <FinderResults strings={strings} locale={locale} found={state} extra={shortlistButton} />}
    </FinderForm>
  );
}
