import { useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { formatCount, type PluralForms } from './plural-forms.ts';
import { inEnglish } from '../i18n/in-english.ts';

interface Strings {
  label: string;
  button: string;
  loading: string;
  noResults: string;
  failed: string;
  results: PluralForms;
}
/** A page (Pagefind's excerpt: our own text with <mark> round the match) or a service (its facts, as text). */
type Result = { url: string; title: string; english?: true } & ({ excerpt: string } | { facts: string });
type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'done'; query: string; results: Result[] };

interface Pagefind {
  search(query: string, options?: { filters: Record<string, string> }): Promise<{ results: { id: string; data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }> }[] }>;
}
let pagefind: Promise<Pagefind> | undefined;

/** The directory's finder (functions/core/finder.tsx): services found by their needs' words in any language. */
const finder = '/api/forms/services';
/** Services listed before the pages: the best few; the directory has the rest. */
const servicesShown = 5;

/** Services matching every typed word, best first, or none when the finder cannot be asked. */
async function findServices(locale: string, query: string): Promise<Result[]> {
  try {
    const body = new URLSearchParams({ locale, words: query, limit: String(servicesShown) });
    const res = await fetch(finder, { method: 'POST', headers: { Accept: 'application/json' }, body, credentials: 'same-origin', referrerPolicy: 'no-referrer' });
    if (!res.ok) return [];
    const { items } = (await res.json()) as { items: { url: string; title: string; english?: true; facts: string }[] };
    return items.map(({ url, title, english, facts }) => ({ url, title, ...(english ? { english } : {}), facts }));
  } catch {
    return [];
  }
}

/**
 * Site search. Services come from the directory's finder (the words people use for each need,
 * in this page's language); pages from Pagefind, whose runtime is fetched only when someone
 * searches and picks this page's language index from <html lang>. The query never goes into
 * the address: it is posted to the finder.
 */
export default function SearchForm({ locale, strings }: { locale: string; strings: Strings }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  async function onSubmit(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = input.current?.value.trim() ?? '';
    if (!query) return;
    setState({ kind: 'loading' });
    try {
      const runtime = '/pagefind/pagefind.js';
      pagefind ??= import(/* @vite-ignore */ runtime) as Promise<Pagefind>;
      const services = findServices(locale, query);
      const runtimeReady = await pagefind;
      // Services, then help for families, then pages for professionals (the audience filter; src/search/audience.ts).
      const [found, forProfessionals] = await Promise.all([runtimeReady.search(query), runtimeReady.search(query, { filters: { audience: 'professionals' } })]);
      const professional = new Set(forProfessionals.results.map((r) => r.id));
      const ordered = [...found.results.filter((r) => !professional.has(r.id)), ...found.results.filter((r) => professional.has(r.id))];
      const data = await Promise.all(ordered.slice(0, 10).map((r) => r.data()));
      const results = [...(await services), ...data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt }))];
      setState({ kind: 'done', query, results });
    } catch {
      pagefind = undefined;
      setState({ kind: 'failed' });
    }
  }

  const status =
    state.kind === 'loading' ? strings.loading
    : state.kind === 'failed' ? strings.failed
    : state.kind === 'done' ? (state.results.length ? formatCount(strings.results, locale, state.results.length) : strings.noResults.replace('{{query}}', state.query))
    : '';

  return (
    <div>
      <form role="search" onSubmit={onSubmit} class="govuk-!-margin-bottom-4">
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--m" for="site-search">{strings.label}</label>
          {/* No name attribute: the words typed are never sent in an address. */}
          <input ref={input} class="govuk-input" id="site-search" type="search" autocomplete="off" spellcheck={false} />
        </div>
        <button type="submit" class="govuk-button">{strings.button}</button>
      </form>
      {/* The answer's room is kept from the first paint, so results arriving move nothing on screen. */}
      <div class="fhp-search-answer">
        {/* Each answer is a new line of text in the live region (not the old one changed), so
            Chromium never counts a changed status as the old one moving. */}
        <p id="search-status" class="govuk-body govuk-!-font-weight-bold" role="status" aria-live="polite">{status && <span key={state.kind}>{status}</span>}</p>
        {state.kind === 'done' && state.results.length > 0 && (
          <ul class="fhp-search-results">
            {state.results.map((r) => (
              <li key={r.url}>
                {/* A service's name in English on another language's page says so, for screen readers and right-to-left text. */}
                <a class="govuk-link govuk-!-font-size-24" href={r.url} {...inEnglish(r.english)}>{r.title}</a>
                {'facts' in r ? <p class="govuk-body">{r.facts}</p> : (
                  // Pagefind's excerpt is text from our own pages with <mark> around the match.
                  <p class="govuk-body" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
