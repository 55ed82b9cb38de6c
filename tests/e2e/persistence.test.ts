import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, queryLocalDb, startSite } from '../support/site-server.ts';
import { validAskForHelp, validConcern } from '../fixtures/requests.ts';

const persistTo = mkdtempSync(join(tmpdir(), 'fhp-persist-'));
afterAll(() => rmSync(persistTo, { recursive: true, force: true }));

describe('the local runtime keeps what it accepted', () => {
  it('still has a request after wrangler dev is stopped and started again', async () => {
    applyMigrations(persistTo);
    const first = await startSite(persistTo);
    const res = await fetch(`${first.url}/api/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: first.url },
      body: JSON.stringify({ ...validConcern, concern: 'A child next door is often left alone.' }),
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

  it('keeps no name, contact detail or free text in plain text in the database files', async () => {
    const site = await startSite(persistTo);
    const secrets = ['Zofia Przykładowa', 'zofia.p@example.org', '07700 900982', 'She has bruises she will not explain', 'Kasia Przykładowa', '14 Imaginary Road'];
    try {
      const res = await fetch(`${site.url}/api/requests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: site.url },
        body: JSON.stringify({
          ...validAskForHelp, language: 'pl', name: secrets[0], email: secrets[1], phone: secrets[2], message: secrets[3],
          children: [{ name: secrets[4], age: '6' }], address: secrets[5], contactWays: ['email', 'text'],
        }),
      });
      expect(res.status).toBe(201);
    } finally {
      await site.stop();
    }
    // Every file of the local D1 (database, write-ahead log), read as raw bytes.
    const files = readdirSync(persistTo, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name));
    expect(files.some((f) => f.endsWith('.sqlite'))).toBe(true);
    const hits = files.flatMap((file) => {
      const bytes = readFileSync(file);
      return secrets.filter((s) => bytes.includes(Buffer.from(s, 'utf8')) || bytes.includes(Buffer.from(s, 'utf16le'))).map((s) => `${file}: ${s}`);
    });
    expect(hits).toEqual([]);
  });
});
