import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The Worker as it would be deployed, gzip: every cold start loads all of it. */
export const workerBudget = 40 * 1024;

/** Bundles the Worker the way `wrangler deploy` does (nothing is sent) and measures it. */
export function workerBundleSize(): { raw: number; gzip: number } {
  const out = mkdtempSync(join(tmpdir(), 'fhp-worker-'));
  // wrangler checks that the static assets folder exists; the bundle does not depend on what is in it.
  mkdirSync('dist', { recursive: true });
  try {
    const result = spawnSync(process.execPath, ['node_modules/wrangler/bin/wrangler.js', 'deploy', '--dry-run', '--outdir', out], {
      encoding: 'utf8',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    });
    if (result.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${result.stdout}\n${result.stderr}`);
    const code = readFileSync(join(out, 'worker.js'));
    return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
