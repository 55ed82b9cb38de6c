import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations, startSite } from '../support/site-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** One `wrangler dev` for the browser tests, on a fresh local database. */
export default async function setup(project: TestProject) {
  const persistTo = mkdtempSync(join(tmpdir(), 'fhp-e2e-'));
  applyMigrations(persistTo);
  // Every browser test comes from one address, so the per-client limit is raised here; the
  // limit itself is tested in the Workers runtime (tests/worker/api.test.ts, status.test.ts).
  const site = await startSite(persistTo, undefined, { RATE_LIMIT_PER_MINUTE: '1000' });
  project.provide('siteUrl', site.url);
  return async () => {
    await site.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
