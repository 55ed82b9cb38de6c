import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, queryLocalDb, startSite } from '../support/site-server.ts';

const persistTo = mkdtempSync(join(tmpdir(), 'fhp-persist-'));
afterAll(() => rmSync(persistTo, { recursive: true, force: true }));

describe('the local runtime keeps what it accepted', () => {
  it('still has a request after wrangler dev is stopped and started again', async () => {
    applyMigrations(persistTo);
    const first = await startSite(persistTo);
    const res = await fetch(`${first.url}/api/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: first.url },
      body: JSON.stringify({ kind: 'report-a-concern', language: 'en', concern: 'A child next door is often left alone.', anonymous: true }),
    });
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    await first.stop();

    const second = await startSite(persistTo);
    try {
      expect((await fetch(`${second.url}/api/health`)).status).toBe(200);
      const rows = queryLocalDb<{ reference: string; kind: string }>(persistTo, 'SELECT reference, kind FROM requests');
      expect(rows).toEqual([{ reference, kind: 'report-a-concern' }]);
    } finally {
      await second.stop();
    }
  });
});
