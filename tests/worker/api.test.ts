import { env, exports } from 'cloudflare:workers';
import { describe, expect, it, beforeEach } from 'vitest';
import { validAskForHelp, validConcern } from '../fixtures/requests.ts';

const { DB } = env as unknown as { DB: D1Database };
const worker = (exports as unknown as { default: Fetcher }).default;
const origin = 'http://localhost';

const json = { 'Content-Type': 'application/json', Origin: origin };

/** Each test is a different client (CF-Connecting-IP), so the rate limit only bites where meant. */
let client = 0;
function post(body: string, headers: Record<string, string> = json) {
  return worker.fetch(`${origin}/api/requests`, { method: 'POST', headers: { 'CF-Connecting-IP': `192.0.2.${client}`, ...headers }, body });
}
async function storedRows() {
  return (await DB.prepare('SELECT reference, kind, language, sealed, key_id, status_code_hash FROM requests').all<Record<string, string>>()).results;
}
async function count(table: string) {
  return (await DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())!.n;
}

beforeEach(async () => {
  client++;
  for (const table of ['requests', 'outbox', 'idempotency']) await DB.prepare(`DELETE FROM ${table}`).run();
});

describe('GET /api/health', () => {
  it('says the service and its database are up', async () => {
    const res = await worker.fetch(`${origin}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('POST /api/requests', () => {
  it('stores a valid request sealed, queues its delivery, and answers with a reference and a status code', async () => {
    const res = await post(JSON.stringify(validConcern));
    expect(res.status).toBe(201);
    const { reference, statusCode } = (await res.json()) as { reference: string; statusCode: string };
    expect(reference).toMatch(/^FHP-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(statusCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    const rows = await storedRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reference, kind: 'report-a-concern', language: 'en', key_id: 'test2' });
    // Nothing personal in plain text, and the status code only as a hash.
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain('crying');
    expect(dump).not.toContain(statusCode);
    expect(await DB.prepare('SELECT channel, state FROM outbox WHERE reference = ?1').bind(reference).all()).toMatchObject({ results: [{ channel: 'family-help-point', state: 'pending' }] });
  });

  it('gives the same answer to a retry with the same Idempotency-Key, and stores nothing new', async () => {
    const headers = { ...json, 'Idempotency-Key': 'retry-me-7f1c' };
    const first = (await (await post(JSON.stringify(validConcern), headers)).json()) as { reference: string; statusCode: string };
    const again = await post(JSON.stringify(validConcern), headers);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replay')).toBe('true');
    expect(await again.json()).toEqual(first);
    expect(await count('requests')).toBe(1);
    expect(await count('outbox')).toBe(1);
    const other = (await (await post(JSON.stringify(validConcern), { ...json, 'Idempotency-Key': 'another-key' })).json()) as { reference: string };
    expect(other.reference).not.toBe(first.reference);
    expect(await count('requests')).toBe(2);
  });

  it('limits how often one client can send, saying when to try again', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(JSON.stringify(validConcern))).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
    const res = await post(JSON.stringify(validConcern));
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await res.json()).toMatchObject({ error: 'too_many_requests' });
    expect(await count('requests')).toBe(5);
  });

  const badInputs: [string, () => Promise<Response>, number, string][] = [
    ['a GET', () => worker.fetch(`${origin}/api/requests`), 405, 'method_not_allowed'],
    ['another website', () => post(JSON.stringify(validConcern), { ...json, Origin: 'https://evil.example' }), 403, 'wrong_origin'],
    ['no Origin header', () => post(JSON.stringify(validConcern), { 'Content-Type': 'application/json' }), 403, 'wrong_origin'],
    ['a filled-in honeypot', () => post(JSON.stringify({ ...validConcern, website: 'http://spam.example' })), 422, 'honeypot'],
    ['a PUT', () => worker.fetch(`${origin}/api/requests`, { method: 'PUT', body: '{}' }), 405, 'method_not_allowed'],
    ['a form post', () => post('concern=x', { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin }), 415, 'unsupported_media_type'],
    ['no content type', () => post(JSON.stringify(validConcern), { Origin: origin }), 415, 'unsupported_media_type'],
    ['malformed JSON', () => post('{"kind": "report-a-concern",'), 400, 'malformed_json'],
    ['JSON that is not an object', () => post('"hello"'), 422, 'invalid_request'],
    ['an unknown kind', () => post(JSON.stringify({ ...validConcern, kind: 'complaint' })), 422, 'invalid_request'],
    ['an empty concern', () => post(JSON.stringify({ ...validConcern, concern: '   ' })), 422, 'invalid_request'],
    ['a body over 64 KB', () => post(JSON.stringify({ ...validConcern, concern: 'x'.repeat(70_000) })), 413, 'too_large'],
  ];
  for (const [name, send, status, error] of badInputs) {
    it(`answers ${name} with ${status} and a JSON reason, and stores nothing`, async () => {
      const res = await send();
      expect(res.status).toBe(status);
      expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
      const body = (await res.json()) as { error: string; message: string };
      expect(body.error).toBe(error);
      expect(body.message.length).toBeGreaterThan(10);
      expect(await storedRows()).toHaveLength(0);
    });
  }

  it('names each field that fails, in the language of the form', async () => {
    const res = await post(JSON.stringify({ ...validAskForHelp, language: 'pl', name: '', consent: false }));
    expect(res.status).toBe(422);
    const { errors } = (await res.json()) as { errors: { field: string; code: string; message: string }[] };
    expect(errors).toEqual([
      { field: 'name', code: 'required', message: 'Wpisz tę informację' },
      { field: 'consent', code: 'consentRequired', message: 'Powiedz, czy zgadzasz się, abyśmy udostępnili Twoje informacje' },
    ]);
  });

  it('records the consent version agreed to, and when, without anything personal in the audit', async () => {
    const res = await post(JSON.stringify(validAskForHelp));
    const { reference } = (await res.json()) as { reference: string };
    const events = (await DB.prepare('SELECT event FROM audit WHERE reference = ?1 ORDER BY id').bind(reference).all<{ event: string }>()).results;
    expect(events.map((e) => e.event)).toEqual(['received:ask-for-help', 'consent:2026-11-01']);
  });

  it('tells a caller with the wrong method which one to use', async () => {
    const res = await worker.fetch(`${origin}/api/requests`);
    expect(res.headers.get('Allow')).toBe('POST');
  });
});

describe('every API response', () => {
  it('carries the security headers, even a 404', async () => {
    for (const res of [await worker.fetch(`${origin}/api/health`), await worker.fetch(`${origin}/api/nope`)]) {
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('Strict-Transport-Security')).toMatch(/max-age=\d{7,}/);
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(res.headers.get('Permissions-Policy')).toContain('camera=()');
      expect(res.headers.get('Cache-Control')).toBe('no-store');
    }
  });

  it('answers an unknown API address with a JSON 404', async () => {
    const res = await worker.fetch(`${origin}/api/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found' });
  });
});
