/**
 * `npm run bench` (not a test): figures for the built site and the local runtime, each
 * beside a baseline measured in the same run. Loopback only; every loop is bounded.
 *   - build: time, pages, dist size, Pagefind index size
 *   - API: POST /api/requests and GET /api/health against a static page served by the
 *     same `wrangler dev` (the floor any request pays), as throughput, p50, p99 and ratio
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, startSite } from '../support/site-server.ts';

const requestsPerCase = Number(process.env.BENCH_REQUESTS ?? 2000);
const concurrency = 8;

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += statSync(join(entry.parentPath, entry.name)).size;
      files += 1;
    }
  }
  return { bytes, files };
}

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

  const persistTo = mkdtempSync(join(tmpdir(), 'fhp-bench-'));
  applyMigrations(persistTo);
  // One client sends everything here: lift the per-client limit for the measurement.
  const site = await startSite(persistTo, undefined, { RATE_LIMIT_PER_MINUTE: '1000000' });
  try {
    const body = (i: number) =>
      JSON.stringify({ kind: 'report-a-concern', language: 'en', concern: `Benchmark concern number ${i}.`, anonymous: true });
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
  } finally {
    await site.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
}

await main();
