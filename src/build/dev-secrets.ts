/**
 * For running on this machine only: writes .dev.vars (never committed) with a fresh random
 * key for sealing requests at rest, if there is none yet. `npm start` and the tests run it.
 * In production the key is a Worker secret: `npx wrangler secret put REQUEST_KEYS`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';

export function ensureDevSecrets(file = '.dev.vars'): void {
  if (existsSync(file)) return;
  writeFileSync(file, `REQUEST_KEYS="local1:${randomBytes(32).toString('base64')}"\n`, { mode: 0o600 });
  console.log(`Wrote ${file} with a new local key for sealing requests (not committed).`);
}

if (import.meta.main) ensureDevSecrets();
