/** @jsxImportSource react */
/** /staff/requests/<reference>: one request opened (the opening is audited), its history, and the decision form. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { getJson, say, SignedOut, when, type Words } from './client.ts';
import { decisionErrors, outcomeChoices, type DecisionErrorCode, type DecisionField } from './decisions.ts';
import { referencePattern } from '../check-status/schema.ts';

interface Opened {
  reference: string;
  kind: string;
  language: string;
  receivedAt: string;
  dueAt: string;
  state: 'red' | 'amber' | 'green' | 'decided';
  urgent: boolean;
  outcome: string | null;
  decidedAt: string | null;
  anonymous: boolean;
  details: Record<string, unknown>;
  notes: { at: string; by: string; outcome: string; reason: string }[];
  history: { at: string; event: string; by: string | null }[];
}

type FieldErrors = { field: DecisionField; code: DecisionErrorCode }[];

function valueText(value: unknown, words: Words): string {
  if (typeof value === 'boolean') return say(words, value ? 'request.yes' : 'request.no');
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'object' && v ? Object.values(v as Record<string, unknown>).filter(Boolean).join(', ') : String(v))).join('; ');
  }
  return typeof value === 'object' && value ? JSON.stringify(value) : String(value ?? '');
}

function eventText(event: string, words: Words): string {
  const [name = '', detail = ''] = event.split(/:(.*)/s);
  const label = say(words, `events.${name}`);
  const named = name === 'decided' || name === 'asked' ? say(words, `outcomes.${detail}`) : name === 'received' ? say(words, `kinds.${detail}`) : detail;
  return detail ? `${label}: ${named}` : label;
}

export default function StaffRequest({ words, languages, timeZone }: { words: Words; languages: Record<string, string>; timeZone: string }) {
  const [request, setRequest] = useState<Opened>();
  const [problem, setProblem] = useState<string>();
  const [errors, setErrors] = useState<FieldErrors>([]);
  const [formProblem, setFormProblem] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const reference = typeof location === 'undefined' ? '' : decodeURIComponent(location.pathname.split('/').filter(Boolean).at(-1) ?? '');

  const load = () =>
    getJson<Opened>(`/api/staff/requests/${encodeURIComponent(reference)}`)
      .then((data) => {
        setRequest(data);
        document.title = `${say(words, 'request.title', { reference: data.reference })} – ${say(words, 'title')}`;
      })
      .catch((error) => setProblem(say(words, error instanceof SignedOut ? 'signedOut' : /404/.test(String(error)) ? 'request.notFound' : 'failed')));

  useEffect(() => {
    if (!referencePattern.test(reference)) setProblem(say(words, 'request.notFound'));
    else void load();
  }, []);
  useEffect(() => {
    if (errors.length || formProblem) summary.current?.focus();
  }, [errors, formProblem]);
  useEffect(() => {
    if (saved) confirmation.current?.focus();
  }, [saved]);

  if (problem) return <p className="govuk-body govuk-error-message" role="alert">{problem}</p>;
  if (!request) return <p className="govuk-body" role="status">{say(words, 'loading')}</p>;

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const decision = { outcome: form.get('outcome') ?? undefined, reason: String(form.get('reason') ?? '') };
    const found = decisionErrors(decision);
    setSaved(undefined);
    setFormProblem(undefined);
    setErrors(found);
    if (found.length) return;
    setSending(true);
    try {
      const res = await fetch(`/api/staff/requests/${request.reference}/decision`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(decision),
      });
      if (res.ok) {
        const answer = (await res.json()) as { outcome: string; decided: boolean; senderWillBeTold: boolean };
        const text = answer.decided ? say(words, 'decision.saved', { outcome: say(words, `outcomes.${answer.outcome}`) }) : say(words, 'decision.savedMore');
        setSaved(answer.senderWillBeTold ? `${text} ${say(words, 'decision.senderTold')}` : text);
        e.currentTarget?.reset?.();
        await load();
      } else if (res.status === 400) {
        setErrors(((await res.json()) as { errors: FieldErrors }).errors);
      } else {
        setFormProblem(say(words, res.status === 409 ? 'decision.alreadyDecided' : res.status === 403 ? 'signedOut' : 'failed'));
      }
    } catch {
      setFormProblem(say(words, 'failed'));
    } finally {
      setSending(false);
    }
  };

  const errorOf = (field: DecisionField) => errors.find((e) => e.field === field);
  const outcomeError = errorOf('outcome');
  const reasonError = errorOf('reason');
  const summaryRows: [string, string][] = [
    ['request.kind', say(words, `kinds.${request.kind}`)],
    ['request.language', languages[request.language] ?? request.language],
    ['request.received', when(request.receivedAt, timeZone)],
    ['request.due', when(request.dueAt, timeZone)],
    ['request.state', say(words, `states.${request.state}`)],
    ...(request.outcome ? ([['request.decided', `${say(words, `outcomes.${request.outcome}`)} (${when(request.decidedAt, timeZone)})`]] as [string, string][]) : []),
  ];

  return (
    <>
      <a href="/staff/" className="govuk-back-link">{say(words, 'request.back')}</a>
      <h1 className="govuk-heading-l">{say(words, 'request.title', { reference: request.reference })}</h1>
      {request.urgent && <p className="govuk-body"><strong className="govuk-tag govuk-tag--red">{say(words, 'request.urgent')}</strong></p>}
      {saved && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title" ref={confirmation} tabIndex={-1}>
          <div className="govuk-notification-banner__header"><h2 className="govuk-notification-banner__title" id="saved-title">{say(words, 'decision.title')}</h2></div>
          <div className="govuk-notification-banner__content"><p className="govuk-notification-banner__heading" data-saved>{saved}</p></div>
        </div>
      )}
      <h2 className="govuk-heading-m">{say(words, 'request.summary')}</h2>
      <dl className="govuk-summary-list">
        {summaryRows.map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{say(words, key)}</dt>
            <dd className="govuk-summary-list__value" data-field={key}>{value}</dd>
          </div>
        ))}
      </dl>

      <h2 className="govuk-heading-m">{say(words, 'request.details')}</h2>
      {request.anonymous && <div className="govuk-inset-text">{say(words, 'request.anonymous')}</div>}
      <dl className="govuk-summary-list" data-details>
        {Object.entries(request.details)
          .filter(([key]) => key !== 'kind' && key !== 'language')
          .map(([key, value]) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{say(words, `fields.${key}`)}</dt>
              <dd className="govuk-summary-list__value staff-prewrap">{valueText(value, words)}</dd>
            </div>
          ))}
      </dl>

      {!request.outcome && (
        <>
          {(errors.length > 0 || formProblem) && (
            <div className="govuk-error-summary" ref={summary} tabIndex={-1}>
              <div role="alert">
                <h2 className="govuk-error-summary__title">{say(words, 'decision.errorTitle')}</h2>
                <div className="govuk-error-summary__body">
                  <ul className="govuk-list govuk-error-summary__list">
                    {formProblem && <li>{formProblem}</li>}
                    {errors.map((e) => (
                      <li key={e.field}><a href={`#${e.field === 'outcome' ? `outcome-${outcomeChoices[0]}` : 'reason'}`}>{say(words, `decision.errors.${e.code}`)}</a></li>
                    ))}
                  </ul>
                </div>
              </div>
            </div>
          )}
          <form onSubmit={onSubmit} noValidate>
            <h2 className="govuk-heading-m">{say(words, 'decision.title')}</h2>
            <div className={`govuk-form-group${outcomeError ? ' govuk-form-group--error' : ''}`}>
              <fieldset className="govuk-fieldset" aria-describedby={outcomeError ? 'outcome-error' : undefined}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{say(words, 'decision.outcome')}</legend>
                {outcomeError && <p className="govuk-error-message" id="outcome-error"><span className="govuk-visually-hidden">{say(words, 'decision.errorPrefix')} </span>{say(words, `decision.errors.${outcomeError.code}`)}</p>}
                <div className="govuk-radios govuk-radios--small">
                  {outcomeChoices.map((id) => (
                    <div className="govuk-radios__item" key={id}>
                      <input className="govuk-radios__input" id={`outcome-${id}`} name="outcome" type="radio" value={id} />
                      <label className="govuk-label govuk-radios__label" htmlFor={`outcome-${id}`}>{say(words, `outcomes.${id}`)}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
            <div className={`govuk-form-group${reasonError ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--s" htmlFor="reason">{say(words, 'decision.reason')}</label>
              <div className="govuk-hint" id="reason-hint">{say(words, 'decision.reasonHint')}</div>
              {reasonError && <p className="govuk-error-message" id="reason-error"><span className="govuk-visually-hidden">{say(words, 'decision.errorPrefix')} </span>{say(words, `decision.errors.${reasonError.code}`)}</p>}
              <textarea className={`govuk-textarea${reasonError ? ' govuk-textarea--error' : ''}`} id="reason" name="reason" rows={4} aria-describedby={`reason-hint${reasonError ? ' reason-error' : ''}`} />
            </div>
            <button type="submit" className="govuk-button" disabled={sending} aria-disabled={sending}>{say(words, sending ? 'decision.sending' : 'decision.submit')}</button>
          </form>
        </>
      )}

      <h2 className="govuk-heading-m">{say(words, 'request.notes')}</h2>
      {request.notes.length === 0 ? (
        <p className="govuk-body">{say(words, 'request.noNotes')}</p>
      ) : (
        <ul className="govuk-list" data-notes>
          {request.notes.map((n) => (
            <li key={`${n.at}${n.outcome}`} className="staff-wrap">
              <strong>{say(words, `outcomes.${n.outcome}`)}</strong> – {when(n.at, timeZone)}, {n.by}
              <div className="govuk-inset-text govuk-!-margin-top-1 staff-prewrap">{n.reason}</div>
            </li>
          ))}
        </ul>
      )}

      <div className="staff-table-wrapper" tabIndex={0} role="region" aria-label={say(words, 'request.history')}>
        <table className="govuk-table govuk-table--small-text-until-tablet" data-history>
          <caption className="govuk-table__caption govuk-table__caption--m">{say(words, 'request.history')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{say(words, 'request.when')}</th>
              <th scope="col" className="govuk-table__header">{say(words, 'request.what')}</th>
              <th scope="col" className="govuk-table__header">{say(words, 'request.who')}</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {request.history.map((h, i) => (
              <tr className="govuk-table__row" key={i}>
                <td className="govuk-table__cell">{when(h.at, timeZone)}</td>
                <td className="govuk-table__cell">{eventText(h.event, words)}</td>
                <td className="govuk-table__cell staff-wrap">{h.by ?? say(words, 'request.system')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
