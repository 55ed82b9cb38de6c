/** @jsxImportSource react */
/** /staff/insight/: the partnership's numbers per week, the worried-flow counts, and a CSV download. */
import { useEffect, useState } from 'react';
import { getJson, say, SignedOut, type Words } from './client.ts';

// The shape the Worker answers with (a type only: nothing of the Worker reaches the browser).
import type { Count, Insight } from '../../functions/core/staff/insight.ts';

const dayText = (date: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

export default function StaffInsight({ words, languages }: { words: Words; languages: Record<string, string> }) {
  const [data, setData] = useState<Insight>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    getJson<Insight>('/api/staff/insight')
      .then(setData)
      .catch((error) => setProblem(say(words, error instanceof SignedOut ? 'signedOut' : 'failed')));
  }, [words]);

  if (problem) return <p className="govuk-body govuk-error-message" role="alert">{problem}</p>;
  if (!data) return <p className="govuk-body" role="status">{say(words, 'loading')}</p>;
  const count = (n: Count) => (n === 'fewer than 5' ? say(words, 'insight.fewerThanFive') : String(n));
  const list = (record: Record<string, Count>, label: (k: string) => string) =>
    Object.keys(record).length ? Object.entries(record).map(([k, n]) => `${label(k)}: ${count(n)}`).join('; ') : '0';

  return (
    <>
      <p className="govuk-body"><a className="govuk-link" href="/api/staff/insight?format=csv" download>{say(words, 'insight.download')}</a></p>
      {data.weeks.length === 0 && <p className="govuk-body">{say(words, 'insight.noRequests')}</p>}
      {data.weeks.map((w) => (
        <section key={w.week} data-week={w.week}>
          <h2 className="govuk-heading-m">{say(words, 'insight.weekOf', { week: dayText(w.week) })}</h2>
          <dl className="govuk-summary-list">
            {(
              [
                ['insight.requests', count(w.requests), 'requests'],
                ['insight.byKind', list(w.byKind, (k) => say(words, `kinds.${k}`)), 'byKind'],
                ['insight.byLanguage', list(w.byLanguage, (k) => languages[k] ?? k), 'byLanguage'],
                ['insight.decided', count(w.decided), 'decided'],
                ['insight.byDecision', list(w.byDecision, (k) => say(words, `outcomes.${k}`)), 'byDecision'],
                ['insight.withinOneDay', w.decidedWithinOneWorkingDay === null ? say(words, 'insight.none') : say(words, 'insight.percent', { percent: w.decidedWithinOneWorkingDay }), 'withinOneDay'],
                ['insight.medianTime', w.medianHoursToDecision === null ? say(words, 'insight.none') : say(words, 'insight.hours', { hours: w.medianHoursToDecision }), 'medianTime'],
              ] as const
            ).map(([key, value, id]) => (
              <div className="govuk-summary-list__row" key={key}>
                <dt className="govuk-summary-list__key">{say(words, key)}</dt>
                <dd className="govuk-summary-list__value" data-measure={id}>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <h2 className="govuk-heading-m">{say(words, 'insight.worried')}</h2>
      <p className="govuk-body">{say(words, 'insight.worriedLead')}</p>
      {data.worried.length === 0 ? (
        <p className="govuk-body">{say(words, 'insight.worriedNone')}</p>
      ) : (
        <div className="staff-table-wrapper" tabIndex={0} role="region" aria-label={say(words, 'insight.worried')}>
          <table className="govuk-table govuk-table--small-text-until-tablet" data-worried>
            <caption className="govuk-visually-hidden">{say(words, 'insight.worried')}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {['day', 'outcomeReached', 'count'].map((c) => <th scope="col" className="govuk-table__header" key={c}>{say(words, `insight.${c}`)}</th>)}
                <th scope="col" className="govuk-table__header">{say(words, 'queue.columns.language')}</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.worried.map((r) => (
                <tr className="govuk-table__row" key={`${r.day}${r.outcome}${r.language}`}>
                  <td className="govuk-table__cell">{dayText(r.day)}</td>
                  <td className="govuk-table__cell">{say(words, `insight.worriedOutcomes.${r.outcome}`)}</td>
                  <td className="govuk-table__cell">{count(r.count)}</td>
                  <td className="govuk-table__cell">{languages[r.language] ?? r.language}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
