import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { validConcern } from '../fixtures/requests.ts';

const worker = (exports as unknown as { default: Fetcher }).default;
const origin = 'http://localhost';

let sender = 0;
async function send() {
  const res = await worker.fetch(`${origin}/api/requests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, 'CF-Connecting-IP': `203.0.113.${sender++}` },
    body: JSON.stringify({ ...validConcern, concern: 'Worried about a neighbour’s baby.' }),
  });
  return (await res.json()) as { reference: string; statusCode: string };
}
let checker = 0;
const check = (body: unknown, ip = `203.0.113.${100 + (checker++ % 100)}`) =>
  worker.fetch(`${origin}/api/status`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin, 'CF-Connecting-IP': ip }, body: JSON.stringify(body) });

describe('checking a request’s status', () => {
  it('lets the sender see the status with the reference and code, in any letter case', async () => {
    const { reference, statusCode } = await send();
    const res = await check({ reference: reference.toLowerCase(), statusCode: statusCode.toLowerCase() });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ reference, status: 'received' });
  });

  it('accepts a reference typed without dashes or with spaces', async () => {
    const { reference, statusCode } = await send();
    const res = await check({ reference: ` ${reference.replace(/-/g, ' ').toLowerCase()} `, statusCode });
    expect(await res.json()).toEqual({ reference, status: 'received' });
  });

  it('slows down guessing: after the limit, checks from one client get 429 with Retry-After', async () => {
    const { reference } = await send();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await check({ reference, statusCode: `ZZZZZZZ${'23456789'[i]}` }, '198.51.100.77')).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
  });

  it('gives the same "not found" for a wrong code and an unknown reference', async () => {
    const { reference } = await send();
    const wrongCode = await check({ reference, statusCode: 'ZZZZZZZZ' });
    const unknown = await check({ reference: 'FHP-2222-2222', statusCode: 'ZZZZZZZZ' });
    expect(wrongCode.status).toBe(404);
    expect(await wrongCode.json()).toEqual(await unknown.json());
  });
});
