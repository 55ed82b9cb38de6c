import { defineConfig } from 'vitest/config';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import SlowestFirst from './support/slowest-first.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const migrations = await readD1Migrations(`${root}migrations`);

export default defineConfig({
  root,
  test: {
    // Two files at a time, whatever the project: a browser test spends most of its time
    // waiting on Chromium and the Worker, so a second file uses the other core meanwhile.
    maxWorkers: 2,
    // The longest files first, so the two queues end together (tests/support/slowest-first.ts).
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
      },
      {
        // Inside the Workers runtime (workerd), with the migrations applied to a local D1.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: `${root}wrangler.jsonc` },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: migrations,
                // A throwaway key per run, plus an older one: rows sealed under either still open.
                REQUEST_KEYS: `test2:${randomBytes(32).toString('base64')},test1:${randomBytes(32).toString('base64')}`,
                RATE_LIMIT_KEYS: `rate2:${randomBytes(32).toString('base64')},rate1:${randomBytes(32).toString('base64')}`,
                RATE_LIMIT_PER_MINUTE: '5',
                // Staff sign-in (tests/worker/staff-*.test.ts make their own keys and serve them at this address).
                ACCESS_TEAM_DOMAIN: 'https://northbridge-test.cloudflareaccess.com',
                ACCESS_AUD: 'test-audience-tag',
                NOTIFY_TEMPLATE_UPDATE: 'f33517ff-2a88-4f6e-b855-c550268ce08a',
              },
            },
          }),
        ],
        test: { name: 'worker', root, include: ['tests/worker/**/*.test.ts'], setupFiles: ['tests/worker/apply-migrations.ts'] },
      },
      {
        // A real browser against the built site served by `wrangler dev` (one for all files; the
        // tests that need a database of their own start their own).
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
