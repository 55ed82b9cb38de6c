import { env, exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { d1RetentionStore } from '../../functions/d1-store.ts';
import { validConcern } from '../fixtures/requests.ts';

const { DB } = env as unknown as { DB: D1Database };
const worker = (exports as unknown as { default: Fetcher }).default;
const origin = 'http://localhost';
const longAgo = '2000-01-01T00:00:00.000Z';

beforeEach(async () => {
  for (const table of ['requests', 'outbox', 'request_facts', 'idempotency']) await DB.prepare(`DELETE FROM ${table}`).run();
});

async function deliveredLongAgo() {
  const res = await worker.fetch(`${origin}/api/requests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, 'CF-Connecting-IP': '198.51.100.77' },
    body: JSON.stringify(validConcern),
  });
  expect(res.status).toBe(201);
  const { reference } = (await res.json()) as { reference: string };
  await DB.prepare(`UPDATE outbox SET state = 'sent', sent_at = ?1 WHERE reference = ?2`).bind(longAgo, reference).run();
  return reference;
}

describe('retention', () => {
  it('never deletes a request the Family Help Point has not decided on, however long ago it was delivered', async () => {
    const reference = await deliveredLongAgo();
    expect(await d1RetentionStore(DB).purgeDelivered(new Date().toISOString())).toEqual([]);
    expect(await DB.prepare('SELECT COUNT(*) AS n FROM requests WHERE reference = ?1').bind(reference).first('n')).toBe(1);
  });

  it('deletes a request delivered and decided long enough ago', async () => {
    const reference = await deliveredLongAgo();
    await DB.prepare(`UPDATE request_facts SET outcome = 'family-help', decided_at = ?1 WHERE reference = ?2`).bind(longAgo, reference).run();
    expect(await d1RetentionStore(DB).purgeDelivered(new Date().toISOString())).toEqual([reference]);
    expect(await DB.prepare('SELECT COUNT(*) AS n FROM requests WHERE reference = ?1').bind(reference).first('n')).toBe(0);
  });
});
