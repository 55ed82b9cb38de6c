/**
 * For running on this machine only: writes .dev.vars (never committed) with fresh random
 * keys for sealing requests at rest and for the rate-limit counts, where there are none yet.
 * `npm start` and the tests run it.
 * In production they are Worker secrets: `npx wrangler secret put REQUEST_KEYS` (and RATE_LIMIT_KEYS).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Local secrets, one fresh random key each. */
const devSecrets: Record<string, () => string> = {
  REQUEST_KEYS: () => `local1:${randomBytes(32).toString('base64')}`,
  RATE_LIMIT_KEYS: () => `local1:${randomBytes(32).toString('base64')}`,
};

/** Adds any local secret the file lacks (an older .dev.vars keeps its keys). */
export function ensureDevSecrets(file = '.dev.vars'): void {
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const missing = Object.keys(devSecrets).filter((name) => !new RegExp(`^${name}=`, 'm').test(existing));
  if (!missing.length) return;
  const lines = missing.map((name) => `${name}="${devSecrets[name]!()}"`).join('\n');
  writeFileSync(file, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${lines}\n`, { mode: 0o600 });
  console.log(`Wrote ${missing.join(' and ')} to ${file}: new local keys (not committed).`);
}

if (import.meta.main) ensureDevSecrets();
