import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { clientKey, clientKeysFrom } from '../../functions/core/client-key.ts';
import { validConcern } from '../fixtures/requests.ts';

const { DB } = env as unknown as { DB: D1Database };
const worker = (exports as unknown as { default: Fetcher }).default;
const origin = 'http://localhost';
const key = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));

/** Everything a copy of the database holds, as text: every row of every table. */
async function databaseCopy(): Promise<string> {
  const tables = (await DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations'").all<{ name: string }>()).results;
  const dump: unknown[] = [];
  for (const { name } of tables) dump.push(name, (await DB.prepare(`SELECT * FROM "${name}"`).all()).results);
  return JSON.stringify(dump);
}

/** The unsalted hashes someone holding the database could try for an address (every IPv4 is a short loop). */
async function plainHashesOf(ip: string, day: string): Promise<string[]> {
  const texts = [ip, `${ip}|${day}`, `status|${ip}|${day}`, `requests|${ip}|${day}`];
  const out: string[] = [];
  for (const text of texts) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    out.push(btoa(String.fromCharCode(...digest)), [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''));
  }
  return out;
}

describe('a copy of the database', () => {
  it('holds no client address and no plain hash of one, after requests and status checks', async () => {
    const addresses = ['192.0.2.77', '198.51.100.23', '2001:db8::5e'];
    for (const ip of addresses) {
      const sent = await worker.fetch(`${origin}/api/requests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin, 'CF-Connecting-IP': ip },
        body: JSON.stringify(validConcern),
      });
      expect(sent.status).toBe(201);
      const { reference } = (await sent.json()) as { reference: string };
      await worker.fetch(`${origin}/api/status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin, 'CF-Connecting-IP': ip },
        body: JSON.stringify({ reference, statusCode: 'WRONG234' }),
      });
    }
    const copy = await databaseCopy();
    // The copy does hold per-client counts (or this test would prove nothing).
    expect((await DB.prepare('SELECT count(*) AS n FROM rate_limits').first<{ n: number }>())!.n).toBeGreaterThanOrEqual(addresses.length * 2);
    const today = new Date().toISOString().slice(0, 10);
    for (const ip of addresses) {
      expect(copy).not.toContain(ip);
      for (const hash of await plainHashesOf(ip, today)) expect(copy).not.toContain(hash);
    }
  });
});

describe('the per-client key (HMAC under RATE_LIMIT_KEYS)', () => {
  it('is the same for one client on one day, and differs by day, purpose, client and secret', async () => {
    const keys = await clientKeysFrom(`r1:${key()}`);
    const a = await clientKey(keys, 'requests', '192.0.2.1', '2026-12-02');
    expect(a).toBe(await clientKey(keys, 'requests', '192.0.2.1', '2026-12-02'));
    expect(a).toMatch(/^r1:/);
    for (const other of [
      await clientKey(keys, 'requests', '192.0.2.1', '2026-12-03'),
      await clientKey(keys, 'status', '192.0.2.1', '2026-12-02'),
      await clientKey(keys, 'requests', '192.0.2.2', '2026-12-02'),
      await clientKey(await clientKeysFrom(`r1:${key()}`), 'requests', '192.0.2.1', '2026-12-02'),
    ]) expect(other).not.toBe(a);
  });

  it('checks every rate-limit key when the Worker starts, old ones too, and counts with the newest', async () => {
    const rotated = await clientKeysFrom(`r2:${key()}, r1:${key()}`);
    expect(await clientKey(rotated, 'requests', '192.0.2.1', '2026-12-02')).toMatch(/^r2:/);
    for (const bad of [`r2:${key()},r1:not-base64!`, `r2:${key()},r1:${btoa('too short')}`, `r2:${key()},r2:${key()}`, `r2:${key()},:${key()}`, ' , ']) {
      await expect(clientKeysFrom(bad), bad).rejects.toThrow(/RATE_LIMIT_KEYS/);
    }
  });

  it('rotates without downtime: the newest key counts, older ones may stay listed', async () => {
    const old = `r1:${key()}`;
    const rotated = await clientKeysFrom(`r2:${key()},${old}`);
    expect(rotated.current).toBe('r2');
    expect(await clientKey(rotated, 'requests', '192.0.2.1', '2026-12-02')).toMatch(/^r2:/);
  });

  it('refuses a missing or short secret rather than counting under a guessable key', async () => {
    await expect(clientKeysFrom(undefined)).rejects.toThrow('RATE_LIMIT_KEYS is not set');
    await expect(clientKeysFrom('r1:dG9vIHNob3J0')).rejects.toThrow('at least 32 bytes');
    await expect(clientKeysFrom('r1:not base64!')).rejects.toThrow('at least 32 bytes');
  });
});
