/**
 * `npm run bench` (not a test): figures for the built site and the local runtime, each
 * beside a baseline measured in the same run. Loopback only; every loop is bounded.
 *   - build: time, pages, dist size, Pagefind index size, the Worker bundle beside its budget
 *   - API: POST /api/requests and GET /api/health against a static page served by the
 *     same `wrangler dev` (the floor any request pays), and POST /api/requests against a bare
 *     Worker that only inserts a row into D1, as throughput, p50, p99 and ratio (goal ≥ 0.7)
 *   - durability: 10,000 submissions at about 100 a second, the runtime killed and restarted
 *     half way, the client retrying with the same Idempotency-Keys: stored / duplicates / lost
 *   - directory: builds with ORUK feeds of 500 and 5,128 services (real-shaped) beside the demo data
 *     (tests/bench/directory.ts); `npm run bench -- --directory` runs only this part
 *   - Lighthouse: the four scores, FCP, LCP and CLS of the key pages in English and Arabic, on a
 *     build with demo: false (tests/bench/lighthouse.ts); `npm run bench -- --lighthouse` runs only this part
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, freePort, queryLocalDb, startSite, type RunningSite } from '../support/site-server.ts';
import { validConcern } from '../fixtures/requests.ts';
import { benchDirectory } from './directory.ts';
import { benchLighthouse } from './lighthouse.ts';
import { folderSize } from './folder-size.ts';
import { workerBudget, workerBundleSize } from '../size/worker-bundle.ts';

const requestsPerCase = Number(process.env.BENCH_REQUESTS ?? 2000);
const concurrency = 8;

async function measure(name: string, send: (i: number) => Promise<Response>, expectStatus: number) {
  const latencies: number[] = [];
  let next = 0;
  let wrong = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requestsPerCase) {
        const i = next++;
        const t = performance.now();
        const res = await send(i);
        await res.arrayBuffer();
        latencies.push(performance.now() - t);
        if (res.status !== expectStatus) wrong++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return { name, rps: requestsPerCase / seconds, p50: pct(0.5), p99: pct(0.99), wrong };
}

async function main() {
  const t0 = performance.now();
  const build = spawnSync('npm', ['run', '-s', 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  const buildSeconds = (performance.now() - t0) / 1000;
  const dist = folderSize('dist');
  const pagefind = folderSize('dist/pagefind');
  const pages = readdirSync('dist', { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  console.log('Build');
  console.log(`  time ${buildSeconds.toFixed(1)} s, ${pages} pages, dist ${(dist.bytes / 1024).toFixed(0)} kB in ${dist.files} files, Pagefind index ${(pagefind.bytes / 1024).toFixed(0)} kB in ${pagefind.files} files`);
  const worker = workerBundleSize();
  console.log(`  Worker bundle ${(worker.gzip / 1024).toFixed(1)} kB gzip (budget ${(workerBudget / 1024).toFixed(0)} kB), ${(worker.raw / 1024).toFixed(0)} kB raw`);

  const persistTo = mkdtempSync(join(tmpdir(), 'fhp-bench-'));
  applyMigrations(persistTo);
  // One client sends everything here: lift the per-client limit for the measurement.
  const site = await startSite(persistTo, undefined, { RATE_LIMIT_PER_MINUTE: '1000000' });
  try {
    const body = (i: number) =>
      JSON.stringify({ ...validConcern, concern: `Benchmark concern number ${i}.` });
    // Warm up the isolate and the database before measuring.
    for (let i = 0; i < 50; i++) await (await fetch(`${site.url}/api/health`)).arrayBuffer();
    const baseline = await measure('GET / (static asset, baseline)', () => fetch(`${site.url}/`), 200);
    const health = await measure('GET /api/health (Worker + D1 read)', () => fetch(`${site.url}/api/health`), 200);
    const create = await measure('POST /api/requests (validate, seal, D1 batch)', (i) =>
      fetch(`${site.url}/api/requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: site.url }, body: body(i) }), 201);
    console.log(`\nLocal runtime (wrangler dev, ${requestsPerCase} requests each, ${concurrency} at a time)`);
    console.log(`  ${'case'.padEnd(44)}${'req/s'.padStart(8)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'vs baseline'.padStart(13)}${'wrong status'.padStart(14)}`);
    for (const r of [baseline, health, create]) {
      console.log(`  ${r.name.padEnd(44)}${r.rps.toFixed(0).padStart(8)}${r.p50.toFixed(1).padStart(9)}${r.p99.toFixed(1).padStart(9)}${(r.rps / baseline.rps).toFixed(2).padStart(13)}${String(r.wrong).padStart(14)}`);
    }
    const bareDir = mkdtempSync(join(tmpdir(), 'fhp-bench-bare-'));
    applyMigrations(bareDir, 'tests/bench/wrangler.bare.jsonc');
    const bare = await startSite(bareDir, undefined, {}, ['--config', 'tests/bench/wrangler.bare.jsonc']);
    try {
      const bareInsert = await measure('POST to a bare Worker (D1 insert only)', (i) => fetch(`${bare.url}/`, { method: 'POST', body: body(i) }), 201);
      console.log(`  ${bareInsert.name.padEnd(44)}${bareInsert.rps.toFixed(0).padStart(8)}${bareInsert.p50.toFixed(1).padStart(9)}${bareInsert.p99.toFixed(1).padStart(9)}`);
      console.log(`  POST /api/requests throughput / bare insert: ${(create.rps / bareInsert.rps).toFixed(2)} (goal ≥ 0.7)`);
    } finally {
      await bare.stop();
      rmSync(bareDir, { recursive: true, force: true });
    }
  } finally {
    await site.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
  await durability(Number(process.env.BENCH_DURABILITY ?? 10_000), 100);
  await benchDirectory();
  await benchLighthouse();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends `total` requests at `perSecond`, restarts the runtime half way, retries until each key gets a 201. */
async function durability(total: number, perSecond: number) {
  const persistTo = mkdtempSync(join(tmpdir(), 'fhp-bench-durable-'));
  applyMigrations(persistTo);
  const port = await freePort();
  const vars = { RATE_LIMIT_PER_MINUTE: '1000000' };
  let site: RunningSite | undefined = await startSite(persistTo, port, vars);
  const url = site.url;
  const run = `bench-${Date.now()}`;
  const references = new Map<number, string>();
  let retries = 0;
  let gaveUp = 0;
  const deadline = Date.now() + 10 * 60_000;
  const send = async (i: number) => {
    for (;;) {
      try {
        const res = await fetch(`${url}/api/requests`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: url, 'Idempotency-Key': `${run}-${i}` },
          body: JSON.stringify({ ...validConcern, concern: `Durability check ${i}.` }),
        });
        if (res.status === 201) return void references.set(i, ((await res.json()) as { reference: string }).reference);
        await res.arrayBuffer();
      } catch {
        // The runtime is restarting: try again shortly, with the same key.
      }
      if (Date.now() > deadline) return void gaveUp++;
      retries++;
      await sleep(250);
    }
  };
  const started = Date.now();
  const inFlight: Promise<void>[] = [];
  let restart: Promise<void> | undefined;
  for (let i = 0; i < total; i++) {
    await sleep(Math.max(0, started + (i * 1000) / perSecond - Date.now()));
    if (i === Math.floor(total / 2)) {
      const old = site!;
      site = undefined;
      restart = old.stop().then(async () => void (site = await startSite(persistTo, port, vars)));
    }
    inFlight.push(send(i));
  }
  await Promise.all(inFlight);
  await restart;
  await site?.stop();
  const rows = queryLocalDb<{ reference: string }>(persistTo, 'SELECT reference FROM requests');
  const stored = new Set(rows.map((r) => r.reference));
  // Each key should have exactly one stored row: the one whose reference it was given.
  const matched = [...references.values()].filter((ref) => stored.has(ref)).length;
  const lost = total - matched;
  const duplicates = rows.length - matched;
  console.log(`\nDurability (${total} submissions at about ${perSecond} a second; runtime killed and restarted at #${Math.floor(total / 2)})`);
  console.log(`  stored ${rows.length}, duplicates ${duplicates}, lost ${lost}; client retries ${retries}, gave up ${gaveUp}; took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  rmSync(persistTo, { recursive: true, force: true });
}

if (process.argv.includes('--directory')) await benchDirectory();
else if (process.argv.includes('--lighthouse')) await benchLighthouse();
else await main();
