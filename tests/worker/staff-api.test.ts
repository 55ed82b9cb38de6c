import { env, exports } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validAskForHelp, validConcern, validProfessional, namedConcern } from '../fixtures/requests.ts';
import { claimsFor, newKey, serveCerts, signRs256, type TestKey } from './staff-support.ts';

const { DB } = env as unknown as { DB: D1Database };
const worker = (exports as unknown as { default: Fetcher }).default;
const origin = 'http://localhost';

let key: TestKey;
let token: string;
beforeAll(async () => {
  key = await newKey('team-key-api');
  serveCerts([key]);
  token = await signRs256(key, claimsFor('duty.manager@northbridge.example'));
});
beforeEach(async () => {
  for (const table of ['requests', 'outbox', 'request_facts', 'staff_notes', 'audit', 'worried_counts']) await DB.prepare(`DELETE FROM ${table}`).run();
});

let client = 0;
async function send(body: object) {
  const res = await worker.fetch(`${origin}/api/requests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, 'CF-Connecting-IP': `198.51.100.${client++ % 250}` },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { reference: string; statusCode: string };
}
const staffGet = (path: string) => worker.fetch(`${origin}${path}`, { headers: { 'Cf-Access-Jwt-Assertion': token } });
const decide = (reference: string, body: unknown) =>
  worker.fetch(`${origin}/api/staff/requests/${reference}/decision`, {
    method: 'POST',
    headers: { 'Cf-Access-Jwt-Assertion': token, 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify(body),
  });
const statusOf = async (reference: string, statusCode: string) =>
  (await worker.fetch(`${origin}/api/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, 'CF-Connecting-IP': `203.0.113.${client++ % 250}` },
    body: JSON.stringify({ reference, statusCode }),
  })).json();

type QueueRow = { reference: string; kind: string; language: string; receivedAt: string; dueAt: string; state: string };

describe('the queue', () => {
  it('lists undecided requests, urgent concerns first, with their due time and no personal details', async () => {
    const calm = await send({ ...validProfessional, language: 'pl' });
    const urgent = await send({ ...validConcern, dangerNow: 'yes', concern: 'A toddler left alone on a balcony at 14 Mill Lane.' });
    const res = await staffGet('/api/staff/requests');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const text = await res.text();
    const { requests } = JSON.parse(text) as { requests: QueueRow[] };
    expect(requests.map((r) => r.reference)).toEqual([urgent.reference, calm.reference]);
    expect(requests[1]).toMatchObject({ kind: 'professional', language: 'pl', state: expect.stringMatching(/^(red|amber|green)$/) });
    // Due at a working day's closing time, after the day it came in.
    const due = new Date(requests[1]!.dueAt);
    expect(due.getTime()).toBeGreaterThan(new Date(requests[1]!.receivedAt).getTime());
    expect(['16:00', '16:30', '17:00', '15:30']).toContain(due.toISOString().slice(11, 16));
    for (const personal of ['Pat Teacher', 'Riley', 'pat@school.example', 'Mill Lane', 'balcony']) expect(text).not.toContain(personal);
  });
});

describe('opening a request', () => {
  it('shows its details and history, and writes who opened it and when to the audit log', async () => {
    const { reference } = await send(namedConcern('Kim Neighbour', 'kim@example.com', 'The children next door seem hungry.'));
    const res = await staffGet(`/api/staff/requests/${reference}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { details: Record<string, unknown>; history: { event: string; by: string | null }[]; anonymous: boolean };
    expect(body.details).toMatchObject({ name: 'Kim Neighbour', email: 'kim@example.com', concern: 'The children next door seem hungry.' });
    expect(body.anonymous).toBe(false);
    expect(body.history.map((h) => h.event)).toContain('received:report-a-concern');
    const audit = await DB.prepare("SELECT at, actor FROM audit WHERE reference = ?1 AND event = 'opened'").bind(reference).all<{ at: string; actor: string }>();
    expect(audit.results).toHaveLength(1);
    expect(audit.results[0]!.actor).toBe('duty.manager@northbridge.example');
    await staffGet(`/api/staff/requests/${reference}`);
    const again = (await (await staffGet(`/api/staff/requests/${reference}`)).json()) as { history: { event: string }[] };
    expect(again.history.filter((h) => h.event === 'opened')).toHaveLength(3);
  });

  it('shows no sender for an anonymous concern', async () => {
    const { reference } = await send({ ...validConcern, name: 'Typed Before Choosing', email: 'typed@example.com' });
    const body = (await (await staffGet(`/api/staff/requests/${reference}`)).json()) as { details: Record<string, unknown>; anonymous: boolean };
    expect(body.anonymous).toBe(true);
    expect(body.details).not.toHaveProperty('name');
    expect(body.details).not.toHaveProperty('email');
  });

  it('says 404 for an unknown or malformed reference', async () => {
    expect((await staffGet('/api/staff/requests/FHP-2222-2222')).status).toBe(404);
    expect((await staffGet('/api/staff/requests/not-a-reference')).status).toBe(404);
  });
});

describe('recording a decision', () => {
  it('tells someone who reported a concern about a family only that it was decided, never what', async () => {
    const { reference, statusCode } = await send(namedConcern('Jo Neighbour', 'jo@example.org', 'The children next door are often alone at night.'));
    expect((await decide(reference, { outcome: 'section-47', reason: 'Strategy discussion held; enquiry started.' })).status).toBe(200);
    const seen = await statusOf(reference, statusCode);
    expect(seen).toEqual({ reference, status: 'passed-to-a-service', outcome: 'decided-privately' });
    expect(JSON.stringify(seen)).not.toMatch(/section-47|social worker/i);
  });

  it('records "Family Help", takes it off the queue, and the sender sees the outcome', async () => {
    const { reference, statusCode } = await send({ ...validProfessional, confirmByEmail: 'yes' });
    const res = await decide(reference, { outcome: 'family-help', reason: 'Level 2 needs; a lead practitioner from the Family Hub.' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ reference, outcome: 'family-help', decided: true, senderWillBeTold: true });
    const { requests } = (await (await staffGet('/api/staff/requests')).json()) as { requests: QueueRow[] };
    expect(requests.map((r) => r.reference)).not.toContain(reference);
    expect(await statusOf(reference, statusCode)).toEqual({ reference, status: 'passed-to-a-service', outcome: 'family-help' });
    // The professional asked for updates: one email saying only that there is one.
    const outbox = await DB.prepare('SELECT channel FROM outbox WHERE reference = ?1 ORDER BY id').bind(reference).all<{ channel: string }>();
    expect(outbox.results.map((r) => r.channel)).toContain('sender-update');
    const events = await DB.prepare('SELECT event, actor FROM audit WHERE reference = ?1 AND actor IS NOT NULL').bind(reference).all<{ event: string; actor: string }>();
    expect(events.results).toEqual([{ event: 'decided:family-help', actor: 'duty.manager@northbridge.example' }]);
    // The reason is kept sealed, and shown to staff who open the request.
    const note = await DB.prepare('SELECT sealed FROM staff_notes WHERE reference = ?1').bind(reference).first<{ sealed: string }>();
    expect(note!.sealed).not.toContain('lead practitioner');
    const opened = (await (await staffGet(`/api/staff/requests/${reference}`)).json()) as { notes: { reason: string; outcome: string }[]; outcome: string };
    expect(opened.outcome).toBe('family-help');
    expect(opened.notes).toEqual([expect.objectContaining({ outcome: 'family-help', reason: 'Level 2 needs; a lead practitioner from the Family Hub.' })]);
  });

  it('tells only a professional who asked, and a parent who said it is safe and asked, that there is an update: once, on the decision', async () => {
    const parentAsked = { ...validAskForHelp, contactWays: ['email'], email: 'sam@home.example', confirmByEmail: 'yes' };
    const senders: [string, object, boolean][] = [
      ['a professional who asked for emails', { ...validProfessional, confirmByEmail: 'yes' }, true],
      ['a parent who said it is safe and asked', parentAsked, true],
      ['a professional who did not ask', validProfessional, false],
      ['a parent who did not ask', { ...parentAsked, confirmByEmail: 'no' }, false],
      ['a parent who said it is not safe (an address typed before that is not kept)', { ...parentAsked, safeToContact: 'no' }, false],
      // Reporting a concern offers only the email saying we have it, never news of what was decided.
      ['someone who gave their name with a concern and asked for that email', { ...namedConcern('Ola', 'ola@home.example', 'A child is left alone.'), confirmByEmail: 'yes' }, false],
      ['someone who reported a concern anonymously', validConcern, false],
    ];
    const updates = async (reference: string) =>
      (await DB.prepare("SELECT count(*) AS n FROM outbox WHERE reference = ?1 AND channel = 'sender-update'").bind(reference).first<{ n: number }>())!.n;
    for (const [who, body, told] of senders) {
      const { reference } = await send(body);
      // "More information needed" is not a decision: nobody is told yet.
      expect(await (await decide(reference, { outcome: 'more-information', reason: 'Asked the school.' })).json(), who).toMatchObject({ senderWillBeTold: false });
      expect(await updates(reference), who).toBe(0);
      expect(await (await decide(reference, { outcome: 'early-help-universal', reason: 'Advice and a family hub.' })).json(), who).toMatchObject({ senderWillBeTold: told });
      expect(await updates(reference), who).toBe(told ? 1 : 0);
    }
  });

  it('refuses a second decision with 409', async () => {
    const { reference } = await send(validConcern);
    expect((await decide(reference, { outcome: 'section-47', reason: 'Strategy discussion held.' })).status).toBe(200);
    const second = await decide(reference, { outcome: 'no-further-action', reason: 'Changed my mind.' });
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: 'already_decided', outcome: 'section-47' });
  });

  it('answers a bad outcome or an empty reason with field errors, and records nothing', async () => {
    const { reference, statusCode } = await send(validConcern);
    const bad = await decide(reference, { outcome: 'send-a-letter', reason: '   ' });
    expect(bad.status).toBe(400);
    const { errors } = (await bad.json()) as { errors: { field: string; code: string; message: string }[] };
    expect(errors.map((e) => [e.field, e.code])).toEqual([['outcome', 'chooseOne'], ['reason', 'required']]);
    expect((await decide(reference, { outcome: 'family-help' })).status).toBe(400);
    expect((await decide(reference, 'family-help')).status).toBe(400);
    const malformed = await worker.fetch(`${origin}/api/staff/requests/${reference}/decision`, { method: 'POST', headers: { 'Cf-Access-Jwt-Assertion': token, 'Content-Type': 'application/json' }, body: '{"outcome":' });
    expect(malformed.status).toBe(400);
    expect(await statusOf(reference, statusCode)).toEqual({ reference, status: 'received' });
    expect((await decide('FHP-2222-2222', { outcome: 'family-help', reason: 'x' })).status).toBe(404);
  });

  it('"more information needed" is not a decision: the request stays on the queue and can still be decided', async () => {
    const { reference, statusCode } = await send(validConcern);
    const res = await decide(reference, { outcome: 'more-information', reason: 'Asked the school for attendance.' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ decided: false });
    const { requests } = (await (await staffGet('/api/staff/requests')).json()) as { requests: QueueRow[] };
    expect(requests.map((r) => r.reference)).toContain(reference);
    expect(await statusOf(reference, statusCode)).toEqual({ reference, status: 'being-looked-at' });
    expect((await decide(reference, { outcome: 'child-in-need', reason: 'Section 17 assessment.' })).status).toBe(200);
  });
});

describe('insight and the worried-flow count', () => {
  const count = (body: unknown, headers: Record<string, string> = { Origin: origin }) =>
    worker.fetch(`${origin}/api/count/worried`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('counts requests by kind, language and decision, with small numbers hidden', async () => {
    const sent = [];
    for (let i = 0; i < 6; i++) sent.push(await send({ ...validConcern, language: i < 5 ? 'pl' : 'ar' }));
    for (const { reference } of sent) await decide(reference, { outcome: 'family-help', reason: 'Family Help.' });
    const insight = (await (await staffGet('/api/staff/insight')).json()) as { weeks: Record<string, unknown>[] };
    expect(insight.weeks[0]).toMatchObject({
      requests: 6,
      byKind: { 'report-a-concern': 6 },
      byLanguage: { ar: 'fewer than 5', pl: 5 },
      byDecision: { 'family-help': 6 },
      decided: 6,
      decidedWithinOneWorkingDay: 100,
    });
    const csv = await staffGet('/api/staff/insight?format=csv');
    expect(csv.headers.get('Content-Type')).toContain('text/csv');
    expect(csv.headers.get('Cache-Control')).toBe('no-store');
    const text = await csv.text();
    expect(text).toContain('requests by language,ar,fewer than 5');
    expect(text).toContain('decisions,family-help,6');
  });

  it('counts a worried-flow outcome from our own pages, with no cookie and nothing but the day, outcome and language', async () => {
    expect((await count({ outcome: 'family-help', language: 'pl' })).status).toBe(204);
    expect((await count({ outcome: 'family-help', language: 'pl' })).headers.get('Set-Cookie')).toBeNull();
    expect((await count({ outcome: 'family-help', language: 'pl' }, { Origin: 'https://elsewhere.example' })).status).toBe(403);
    expect((await count({ outcome: 'a-made-up-outcome', language: 'pl' })).status).toBe(400);
    expect((await count({ outcome: 'family-help', language: 'xx' })).status).toBe(400);
    const rows = await DB.prepare('SELECT * FROM worried_counts').all<Record<string, unknown>>();
    expect(rows.results).toEqual([{ day: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), outcome: 'family-help', language: 'pl', count: 2 }]);
    const insight = (await (await staffGet('/api/staff/insight')).json()) as { worried: unknown[] };
    expect(insight.worried).toEqual([{ day: expect.any(String), outcome: 'family-help', language: 'pl', count: 'fewer than 5' }]);
  });

  it('without JavaScript, the form on the way to an outcome counts it for that page’s language and sends the browser on, whatever happens to the count', async () => {
    // A browser posting our form: our pages send no referrer, so Origin is "null" and Sec-Fetch-Site says where it came from.
    const post = (fields: Record<string, string>, headers: Record<string, string> = { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' }) =>
      worker.fetch(`${origin}/api/forms/worried`, {
        method: 'POST', redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(fields).toString(),
      });
    const toUrdu = await post({ outcome: 'emergency', next: '/ur/worried/s/0123456789ab/' });
    expect(toUrdu.status).toBe(303);
    expect(toUrdu.headers.get('Location')).toBe('/ur/worried/s/0123456789ab/');
    expect(toUrdu.headers.get('Set-Cookie')).toBeNull();
    expect(toUrdu.headers.get('Cache-Control')).toBe('no-store');
    expect((await post({ outcome: 'concern', next: '/worried/s/abcdef012345/' })).status).toBe(303);
    // Sent on but not counted: another site's form, an outcome the questions do not have, a language the site does not have.
    for (const res of [
      await post({ outcome: 'concern', next: '/worried/s/abcdef012345/' }, { Origin: 'https://elsewhere.example', 'Sec-Fetch-Site': 'cross-site' }),
      await post({ outcome: 'concern', next: '/worried/s/abcdef012345/' }, { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' }),
      await post({ outcome: 'a-made-up-outcome', next: '/worried/s/abcdef012345/' }),
      await post({ outcome: 'concern', next: '/xx/worried/s/abcdef012345/' }),
      await post({ outcome: 'concern', next: '/en/worried/s/abcdef012345/' }),
    ]) expect(res.status).toBe(303);
    // Never anywhere but a step of the questions.
    for (const next of ['https://elsewhere.example/worried/s/abcdef012345/', '//elsewhere.example/worried/s/abcdef012345/', '/worried/s/abcdef012345/../../../staff/', '/services/', '']) {
      const res = await post({ outcome: 'concern', next });
      expect(res.status, next).toBe(400);
      expect(res.headers.get('Location')).toBeNull();
    }
    const rows = await DB.prepare('SELECT outcome, language, count FROM worried_counts ORDER BY outcome').all<Record<string, unknown>>();
    expect(rows.results).toEqual([{ outcome: 'concern', language: 'en', count: 1 }, { outcome: 'emergency', language: 'ur', count: 1 }]);
  });
});
