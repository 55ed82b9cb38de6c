import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { EXIT_EVENT } from '../components/exit-this-page/exit-event.ts';
import { formatCount, type PluralForms } from '../search/plural-forms.ts';
import { inEnglish } from '../i18n/in-english.ts';
import { parseCard, serviceCardId, type ServiceCard } from './service-card.ts';
import { idsFromFragment, shareFragment, withoutService } from './shortlist.ts';
import { useShortlist } from './use-shortlist.ts';

export interface ShortlistStrings {
  remove: string; removed: string; count: PluralForms; empty: string; findServices: string; print: string; copy: string; copied: string;
  copyFailed: string; linkLabel: string; shared: string; keep: string; kept: string; gone: string; loadFailed: string; clear: string;
  cleared: string; phone: string; email: string; website: string; where: string; times: string;
}
interface Props { locale: string; servicesPath: string; strings: ShortlistStrings }
type Entry = ServiceCard | 'gone' | 'failed';

/** A service's card, from its page on this site (the page carries it as JSON). */
async function fetchCard(servicesPath: string, id: string): Promise<Entry> {
  try {
    const res = await fetch(`${servicesPath}${id}/`);
    if (res.status === 404) return 'gone';
    if (!res.ok) return 'failed';
    const page = new DOMParser().parseFromString(await res.text(), 'text/html');
    const card = parseCard(page.getElementById(serviceCardId)?.textContent);
    return card && card.id === id ? card : 'failed';
  } catch {
    return 'failed';
  }
}

/**
 * The shortlist page: the services on the list with the facts people act on, to print, to
 * share as a link that carries only their ids, or to keep when the link was shared.
 */
export default function ShortlistPage({ locale, servicesPath, strings }: Props) {
  const [ready, setReady] = useState(false);
  const [ids, save] = useShortlist();
  const [shared, setShared] = useState<string[]>([]);
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [message, setMessage] = useState('');
  const [link, setLink] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setShared(idsFromFragment(location.hash));
    setReady(true);
  }, []);
  useEffect(() => {
    const forget = () => { setShared([]); setEntries({}); setLink(''); };
    window.addEventListener(EXIT_EVENT, forget);
    return () => window.removeEventListener(EXIT_EVENT, forget);
  }, []);

  const sharing = shared.length > 0 && shared.some((id) => !ids.includes(id));
  const shown = sharing ? shared : ids;
  useEffect(() => {
    for (const id of shown.filter((x) => !entries[x])) {
      void fetchCard(servicesPath, id).then((entry) => setEntries((all) => ({ ...all, [id]: entry })));
    }
  }, [shown.join(',')]);
  if (!ready) return <div />;

  const say = (text: string) => { setMessage(''); setTimeout(() => setMessage(text), 50); };
  const keep = () => {
    save([...ids, ...shared]);
    setShared([]);
    history.replaceState(null, '', location.pathname);
    say(strings.kept);
  };
  const remove = (id: string) => {
    save(withoutService(ids, id));
    say(strings.removed);
    heading.current?.focus();
  };
  const clear = () => { save([]); say(strings.cleared); };
  const copy = async () => {
    const url = `${location.origin}${location.pathname}${shareFragment(shown)}`;
    try {
      await navigator.clipboard.writeText(url);
      setLink('');
      say(strings.copied);
    } catch {
      setLink(url);
      say(strings.copyFailed);
    }
  };

  return (
    <div class="fhp-shortlist">
      {sharing && (
        <div class="govuk-inset-text fhp-no-print">
          <p class="govuk-body">{strings.shared}</p>
          <button type="button" class="govuk-button govuk-!-margin-bottom-0" onClick={keep}>{strings.keep}</button>
        </div>
      )}
      <p class="govuk-body fhp-no-print" role="status">{message}</p>
      {shown.length === 0 ? (
        <p class="govuk-body">{strings.empty} <a class="govuk-link" href={servicesPath}>{strings.findServices}</a></p>
      ) : (
        <>
          <div class="govuk-button-group fhp-no-print">
            <button type="button" class="govuk-button" onClick={() => window.print()}>{strings.print}</button>
            <button type="button" class="govuk-button govuk-button--secondary" onClick={() => void copy()}>{strings.copy}</button>
            {!sharing && <button type="button" class="govuk-button govuk-button--warning" onClick={clear}>{strings.clear}</button>}
          </div>
          {link && (
            <div class="govuk-form-group fhp-no-print">
              <label class="govuk-label" for="shortlist-link">{strings.linkLabel}</label>
              <input class="govuk-input" id="shortlist-link" type="text" readOnly value={link} dir="ltr" onFocus={(e) => e.currentTarget.select()} />
            </div>
          )}
          <h2 class="govuk-heading-l" tabIndex={-1} ref={heading}>{formatCount(strings.count, locale, shown.length)}</h2>
          <ol class="fhp-shortlist__list">
            {shown.map((id) => <Item key={id} id={id} entry={entries[id]} servicesPath={servicesPath} strings={strings} onRemove={sharing ? undefined : () => remove(id)} />)}
          </ol>
        </>
      )}
    </div>
  );
}

function Item({ id, entry, servicesPath, strings, onRemove }: { id: string; entry?: Entry; servicesPath: string; strings: ShortlistStrings; onRemove?: () => void }) {
  const removeButton = onRemove && (
    <button type="button" class="govuk-button govuk-button--secondary fhp-no-print" onClick={onRemove}>
      {strings.remove}<span class="govuk-visually-hidden"> {typeof entry === 'object' ? entry.name : id}</span>
    </button>
  );
  if (!entry) return <li class="fhp-shortlist__item" aria-busy="true" />;
  if (typeof entry === 'string') return <li class="fhp-shortlist__item"><p class="govuk-body">{entry === 'gone' ? strings.gone : strings.loadFailed}</p>{removeButton}</li>;
  const en = inEnglish(entry.nameInEnglish);
  const row = (label: string, value: ComponentChildren) => <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{label}</dt><dd class="govuk-summary-list__value">{value}</dd></div>;
  return (
    <li class="fhp-shortlist__item">
      <h3 class="govuk-heading-m govuk-!-margin-bottom-1"><a class="govuk-link" href={`${servicesPath}${id}/`} {...en}>{entry.name}</a></h3>
      <p class="govuk-body govuk-!-margin-bottom-1">{entry.facts}</p>
      <p class="govuk-body-s">{entry.runBy}</p>
      <dl class="govuk-summary-list govuk-summary-list--no-border">
        {entry.phones.map((p) => row(strings.phone, <>
          <a class="govuk-link fhp-ltr" dir="ltr" href={`tel:${p.number.replace(/\s+/g, '')}`}>{p.number}</a>
          {p.note && <span class="govuk-body-s govuk-!-display-block govuk-!-margin-0" lang="en" dir="ltr">{p.note}</span>}
        </>))}
        {entry.email && row(strings.email, <a class="govuk-link fhp-ltr" dir="ltr" href={`mailto:${entry.email}`}>{entry.email}</a>)}
        {entry.website && row(strings.website, <a class="govuk-link fhp-ltr" dir="ltr" href={entry.website}>{entry.website.replace(/^https:\/\//, '')}</a>)}
        {entry.places.length > 0 && row(strings.where, <ul class="govuk-list govuk-!-margin-bottom-0" lang="en" dir="ltr">{entry.places.map((p) => <li>{p}</li>)}</ul>)}
        {entry.times.length > 0 && row(strings.times, <ul class="govuk-list govuk-!-margin-bottom-0">{entry.times.map((t) => <li>{t}</li>)}</ul>)}
      </dl>
      {removeButton}
    </li>
  );
}
