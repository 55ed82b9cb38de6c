/** @jsxImportSource react */
/** /staff/: requests waiting for a decision, most urgent first (React, staff only). */
import { useEffect, useState } from 'react';
import { getJson, say, SignedOut, when, type Words } from './client.ts';

interface QueueRow {
  reference: string;
  kind: string;
  language: string;
  receivedAt: string;
  dueAt: string;
  state: 'red' | 'amber' | 'green';
  urgent?: boolean;
}

const tagColour = { red: 'govuk-tag--red', amber: 'govuk-tag--yellow', green: 'govuk-tag--green' } as const;

export default function StaffQueue({ words, languages, timeZone }: { words: Words; languages: Record<string, string>; timeZone: string }) {
  const [rows, setRows] = useState<QueueRow[]>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    getJson<{ requests: QueueRow[] }>('/api/staff/requests')
      .then((data) => setRows(data.requests))
      .catch((error) => setProblem(say(words, error instanceof SignedOut ? 'signedOut' : 'failed')));
  }, [words]);

  if (problem) return <p className="govuk-body govuk-error-message" role="alert">{problem}</p>;
  if (!rows) return <p className="govuk-body" role="status">{say(words, 'loading')}</p>;
  if (!rows.length) return <p className="govuk-body" role="status">{say(words, 'queue.empty')}</p>;
  return (
    <>
      <p className="govuk-body govuk-!-font-weight-bold" data-count>{say(words, 'queue.count', { count: rows.length })}</p>
      <div className="staff-table-wrapper" tabIndex={0} role="region" aria-label={say(words, 'queue.caption')}>
        <table className="govuk-table govuk-table--small-text-until-tablet" data-queue>
          {/* The page's heading says the same: the caption is for screen readers moving between tables. */}
          <caption className="govuk-visually-hidden">{say(words, 'queue.caption')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['reference', 'kind', 'language', 'received', 'due', 'state'].map((c) => (
                <th scope="col" className="govuk-table__header" key={c}>{say(words, `queue.columns.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((r) => (
              <tr className="govuk-table__row" key={r.reference} data-reference={r.reference}>
                <th scope="row" className="govuk-table__header">
                  <a className="govuk-link staff-nowrap" href={`/staff/requests/${r.reference}`}>{r.reference}</a>
                  {r.urgent && <> <strong className="govuk-tag govuk-tag--red">{say(words, 'queue.urgent')}</strong></>}
                </th>
                <td className="govuk-table__cell">{say(words, `kinds.${r.kind}`)}</td>
                <td className="govuk-table__cell">{languages[r.language] ?? r.language}</td>
                <td className="govuk-table__cell">{when(r.receivedAt, timeZone)}</td>
                <td className="govuk-table__cell" data-due>{when(r.dueAt, timeZone)}</td>
                <td className="govuk-table__cell"><strong className={`govuk-tag ${tagColour[r.state]}`} data-state={r.state}>{say(words, `states.${r.state}`)}</strong></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
