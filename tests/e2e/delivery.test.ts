import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNotifyStub, type NotifyStub } from '../support/notify-stub.ts';
import { applyMigrations, queryLocalDb, startSite, type RunningSite } from '../support/site-server.ts';
import { namedConcern, validConcern } from '../fixtures/requests.ts';

const persistTo = mkdtempSync(join(tmpdir(), 'fhp-delivery-'));
let notify: NotifyStub;
let site: RunningSite;

/** A case-management system's receiving end: checks our signature as a real one should. */
const webhookSecret = 'whsec-test-only-0b7f';
const webhook: { headers: Record<string, string>; body: { reference: string; details: Record<string, unknown> }; valid: boolean }[] = [];
let webhookServer: Server;

beforeAll(async () => {
  webhookServer = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const headers = req.headers as Record<string, string>;
      const expected = `sha256=${createHmac('sha256', webhookSecret).update(`${headers['x-fhp-timestamp']}.${body}`).digest('hex')}`;
      webhook.push({ headers, body: JSON.parse(body), valid: expected === headers['x-fhp-signature'] });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => webhookServer.listen(0, '127.0.0.1', resolve));
  const webhookUrl = `http://127.0.0.1:${(webhookServer.address() as { port: number }).port}/cases`;
  notify = await startNotifyStub();
  applyMigrations(persistTo);
  site = await startSite(persistTo, undefined, {
    NOTIFY_BASE_URL: notify.url, NOTIFY_API_KEY: notify.apiKey,
    NOTIFY_TEMPLATE_REQUEST: 'f33517ff-2a88-4f6e-b855-c550268ce08a', NOTIFY_FHP_EMAIL: 'front-door@northbridge.example',
    NOTIFY_TEMPLATE_CONFIRMATION: '5b1c2a8e-4f3d-4e8a-9c1b-0d2e3f4a5b6c',
    CASE_WEBHOOK_URL: webhookUrl, CASE_WEBHOOK_SECRET: webhookSecret,
  }, ['--test-scheduled']);
});
afterAll(async () => {
  await site?.stop();
  await notify?.close();
  await new Promise((resolve) => webhookServer?.close(resolve));
  rmSync(persistTo, { recursive: true, force: true });
});

async function send(concern: string, body: object = { ...validConcern, language: 'pl', concern }) {
  const res = await fetch(`${site.url}/api/requests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: site.url },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { reference: string; statusCode: string };
}
const submit = async (concern: string) => (await send(concern)).reference;
const statusCheck = async (reference: string, statusCode: string) =>
  (await fetch(`${site.url}/api/status`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: site.url }, body: JSON.stringify({ reference, statusCode }) })).status;

/** Runs the Worker's scheduled handler as if it were some minutes later (so back-offs run out). */
let clock = Date.now();
async function runOutbox(minutesLater = 0) {
  clock = Math.max(clock, Date.now()) + minutesLater * 60_000;
  expect((await fetch(`${site.url}/cdn-cgi/local/scheduled?cron=*/5+*+*+*+*&time=${clock}`)).status).toBe(200);
}
const callsFor = (reference: string) => notify.calls.filter((c) => c.reference === reference).map((c) => c.status);

describe('delivery to the Family Help Point through GOV.UK Notify (a local stand-in speaking its API)', () => {
  it('emails the request once, signed as Notify expects, with our reference', async () => {
    const reference = await submit('Dziecko sąsiadów często płacze w nocy.');
    await runOutbox();
    const emails = notify.sent.filter((e) => e.reference === reference);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ email_address: 'front-door@northbridge.example', template_id: 'f33517ff-2a88-4f6e-b855-c550268ce08a' });
    expect(emails[0]!.personalisation.details).toContain('Dziecko sąsiadów często płacze w nocy.');
    await runOutbox(10); // nothing new to send: delivery is idempotent
    expect(callsFor(reference)).toEqual([201]);
    expect(notify.rejected).toBe(0);
  });

  it('emails a sender who asked for it to say we have their request: the reference only, never what they told us', async () => {
    const body = { ...namedConcern('Ola Przykład', 'ola@home.example', 'Sąsiad krzyczy na dzieci.'), language: 'pl', confirmByEmail: 'yes' };
    const { reference } = await send('', body);
    const anonymous = await submit('Nikt nie wie, kim jestem.');
    await runOutbox();
    const toSender = notify.sent.filter((e) => e.email_address === 'ola@home.example');
    expect(toSender).toEqual([expect.objectContaining({ template_id: '5b1c2a8e-4f3d-4e8a-9c1b-0d2e3f4a5b6c', reference: `${reference}-sender`, personalisation: { reference } })]);
    expect(JSON.stringify(toSender)).not.toContain('krzyczy');
    // An anonymous concern has nobody to confirm to: only the Family Help Point hears of it.
    expect(notify.sent.filter((e) => e.reference.startsWith(anonymous))).toHaveLength(1);
    await runOutbox(10);
    expect(notify.sent.filter((e) => e.email_address === 'ola@home.example')).toHaveLength(1);
  });

  it('also posts the request, signed, to the case-management webhook, once', async () => {
    const reference = await submit('Mama mówi, że nie daje sobie rady.');
    await runOutbox();
    await runOutbox(10);
    const posts = webhook.filter((w) => w.body.reference === reference);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.valid).toBe(true);
    expect(posts[0]!.headers['idempotency-key']).toBe(`${reference}:case-management`);
    expect(posts[0]!.body.details).toMatchObject({ kind: 'report-a-concern', concern: 'Mama mówi, że nie daje sobie rady.' });
  });

  it('waits and tries again after a failure', async () => {
    notify.failNext(1);
    const reference = await submit('Retry me.');
    await runOutbox();
    await runOutbox(0.5); // too soon: the first wait is a minute
    expect(callsFor(reference)).toEqual([500]);
    await runOutbox(2);
    expect(callsFor(reference)).toEqual([500, 201]);
  });

  it('gives up after 6 tries, marks the delivery dead and reports it without personal details', async () => {
    notify.failNext(6);
    const reference = await submit('Never arrives: Sam Example, 12 Any Street.');
    for (let i = 0; i < 8; i++) await runOutbox(60);
    expect(callsFor(reference)).toEqual([500, 500, 500, 500, 500, 500]);
    await expect.poll(() => site.log()).toContain(`delivery dead-lettered: ${reference}`);
    expect(site.log()).not.toContain('Sam Example');
  });

  it('deletes a request 30 days after it was delivered and decided, not before, and never while it waits for a decision', async () => {
    const { reference, statusCode } = await send('Keep me only as long as needed.');
    await runOutbox();
    expect(callsFor(reference)).toEqual([201]);
    // Delivered long ago but not decided by the Family Help Point: kept.
    await runOutbox(31 * 24 * 60);
    expect(await statusCheck(reference, statusCode)).toBe(200);
    // Decided now, as the staff workspace records it (its decision API is tested in staff.test.ts).
    queryLocalDb(persistTo, `UPDATE request_facts SET outcome = 'family-help', decided_at = '${new Date(clock).toISOString()}' WHERE reference = '${reference}'`);
    await runOutbox(29 * 24 * 60);
    expect(await statusCheck(reference, statusCode)).toBe(200);
    await runOutbox(2 * 24 * 60);
    expect(await statusCheck(reference, statusCode)).toBe(404);
  });
});
