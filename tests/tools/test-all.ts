/**
 * `npm test`: everything, in order. Installs Chromium if needed, builds the site, type
 * checks, runs the unit, Workers-runtime and browser tests, then checks the byte budgets. Ends with
 * the time it took, then one line: "Tests: N passed, N failed" (alone, so CI can read it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.ts';

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  CHROMIUM_PATH: ensureChromium(),
};
const started = performance.now();
/** How long the whole suite took, as people read it. */
const took = () => {
  const seconds = Math.round((performance.now() - started) / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
};
const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit', env }).status === 0;

const results = 'tests/.tmp/vitest-results.json';
mkdirSync('tests/.tmp', { recursive: true });
rmSync(results, { force: true });

const built = run('npm', ['run', 'build']);
if (!built) {
  console.error('\nThe build failed: see above. No tests were run.');
  console.log(`Took ${took()}.`);
  console.log('Tests: 0 passed, 1 failed');
  process.exit(1);
}
console.log('\nType check (tsc):');
const typesOk = run('npm', ['run', '-s', 'typecheck']);
if (typesOk) console.log('Types: no errors.');
const testsOk = run(process.execPath, [
  'node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/vitest.config.ts',
  '--reporter=default', '--reporter=json', `--outputFile.json=${results}`,
]);
console.log('\nByte budgets (gzip):');
const sizeOk = run('npm', ['run', '-s', 'size']);

let passed = 0;
let failed = 0;
if (existsSync(results)) {
  const report = JSON.parse(readFileSync(results, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed = report.numPassedTests;
  failed = report.numFailedTests;
}
if (!testsOk && failed === 0) failed = 1; // a suite that could not run at all
// The type check and the budgets count as one test each.
for (const ok of [typesOk, sizeOk]) {
  if (ok) passed++;
  else failed++;
}
console.log(`Took ${took()}.`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(testsOk && sizeOk && typesOk ? 0 : 1);
