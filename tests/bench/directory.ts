/**
 * The directory section of `npm run bench` (alone: `npm run bench -- --directory`).
 * Builds the site three times, each into its own temporary folder with its own content copy
 * and Astro cache: the demo data (the baseline), then ORUK feeds of 500 and 5,000 generated
 * services imported through ORUK_FEED (the same loader a council's feed goes through).
 * For each: build time (astro build + Pagefind + headers + sitemap), pages, dist size,
 * Pagefind index size, and the bytes Chromium fetches for one search on /services/, served
 * by a small local static server that counts the bytes it sends (no compression: bytes sent =
 * file bytes; Pagefind's files are compressed already).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { loadDirectory } from '../../src/directory/load.ts';
import { choiceFrom, findServices, toItem, type FinderData } from '../../src/directory/finder.ts';
import { orukService } from '../../src/directory/oruk-export.ts';
import { loadPostcodeTable } from '../../src/directory/postcode-table.ts';
import { stableUuid } from '../../src/directory/stable-uuid.ts';
import { launchBrowser, waitForIslands } from '../support/browser.ts';
import { freePort } from '../support/site-server.ts';
import { folderSize } from './folder-size.ts';

const sizes = (process.env.BENCH_DIRECTORY_SIZES ?? '500,5000').split(',').map(Number);
const searchWords = 'family support';

/** `count` ORUK 3.0 service records: the demo services over again, each with its own id, name and place. */
export function generatedFeed(count: number): unknown[] {
  const directory = loadDirectory();
  const sectors = Object.entries(loadPostcodeTable()!.sectors);
  const towns = [...new Set([...directory.locations.values()].map((l) => l.city))];
  return Array.from({ length: count }, (_, i) => {
    const template = directory.services[i % directory.services.length]!;
    const record = orukService(template, directory);
    const id = stableUuid(`bench/${count}/${i}`);
    const [sector, [lat, lon]] = sectors[i % sectors.length]!;
    const town = towns[i % towns.length]!;
    const jitter = (n: number) => ((((i * 7919 + n) % 1000) / 1000) - 0.5) * 0.01;
    const place = {
      id: stableUuid(`bench/${count}/${i}/place`), location_type: 'physical', name: `${town} venue ${i + 1}`,
      latitude: Number((lat + jitter(1)).toFixed(5)), longitude: Number((lon + jitter(2)).toFixed(5)),
      addresses: [{ address_1: `${(i % 200) + 1} High Street`, city: town, state_province: 'Northbridgeshire', postal_code: `${sector}${'ABDEFGHJ'[i % 8]}${'LNPQRSTU'[(i >> 3) % 8]}`, country: 'GB' }],
    };
    return {
      ...record, id, name: `${template.name} ${town} ${i + 1}`,
      description: `${template.description} Run in ${town} (entry ${i + 1}).`,
      // Every third service has no place: online and phone services are common in real feeds.
      service_at_locations: i % 3 === 2 ? [] : [{ id: stableUuid(`bench/${count}/${i}/sal`), service_id: id, location_id: place.id, location: place }],
    };
  });
}

/** The whole `npm run build` pipeline, into `dist`, from a copy of content/ (its own Astro cache). */
function build(work: string, feed?: string) {
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  cpSync('content', content, { recursive: true });
  const env = { ...process.env, FHP_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...(feed ? { ORUK_FEED: feed } : { ORUK_FEED: '' }) };
  const steps: [string, string[]][] = [
    [process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist]],
    [process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', dist]],
    [process.execPath, ['src/build/write-headers.ts', dist]],
    [process.execPath, ['src/build/write-sitemap.ts', dist]],
  ];
  const stepSeconds: number[] = [];
  for (const [command, args] of steps) {
    const started = performance.now();
    const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
    stepSeconds.push((performance.now() - started) / 1000);
  }
  const [astro = 0, pagefind = 0, ...rest] = stepSeconds;
  return { seconds: stepSeconds.reduce((a, b) => a + b, 0), astro, pagefind, other: rest.reduce((a, b) => a + b, 0), dist };
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.xml': 'application/xml' };

/** Bytes and requests the server has answered: counted here, so Pagefind's Web Worker fetches count too. */
const served = { bytes: 0, requests: 0 };

/** A static file server for `dist` on loopback: enough for Chromium to load pages and Pagefind. */
function serve(dist: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    served.requests += 1;
    // The filter form asks the Worker; here the same pure finder answers from the built index.
    if (req.method === 'POST' && req.url === '/api/forms/services') {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const locale = /^[a-z]{2,3}$/.test(form.get('locale') ?? '') ? form.get('locale')! : 'en';
        const data = JSON.parse(readFileSync(join(dist, locale === 'en' ? '' : locale, 'services/finder.json'), 'utf8')) as FinderData;
        const matches = findServices(data, choiceFrom(form, data.options));
        const answer = JSON.stringify({ count: matches.length, items: matches.slice(0, Number(form.get('limit')) || 50).map(toItem) });
        served.bytes += Buffer.byteLength(answer);
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(answer);
      });
      return;
    }
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    served.bytes += statSync(file).size;
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Bytes Chromium fetches to load /services/, then for one word search through the filter form. */
async function searchBytes(dist: string) {
  const port = await freePort();
  const server = await serve(dist, port);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    served.bytes = 0;
    served.requests = 0;
    await page.goto(`http://127.0.0.1:${port}/services/`, { waitUntil: 'load' });
    await waitForIslands(page);
    await page.waitForLoadState('networkidle');
    const pageLoad = { ...served };
    served.bytes = 0;
    served.requests = 0;
    await page.locator('#filter-words').fill(searchWords);
    await page.locator('#filter-words').press('Enter');
    await page.waitForFunction(() => /\d/.test(document.getElementById('filter-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const found = (await page.locator('#filter-status').textContent())!;
    return { pageLoad, search: { ...served }, found };
  } finally {
    await browser.close();
    server.close();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;

export async function benchDirectory() {
  const demoServices = loadDirectory().services.length;
  console.log(`\nDirectory (each build from its own content copy and cache; one search = "${searchWords}" in the filter form on /services/)`);
  console.log(`  ${'services'.padEnd(22)}${'build s'.padStart(9)}${'s / 1,000 imported'.padStart(20)}${'pages'.padStart(8)}${'dist'.padStart(11)}${'Pagefind'.padStart(11)}${'page load'.padStart(12)}${'one search'.padStart(12)}${'requests'.padStart(10)}`);
  const rows: { label: string; imported: number; seconds: number }[] = [];
  // A first build warms the disk and Vite's caches; it is not counted.
  const warm = mkdtempSync(join(tmpdir(), 'fhp-bench-directory-'));
  build(warm);
  rmSync(warm, { recursive: true, force: true });
  for (const imported of [0, ...sizes]) {
    const work = mkdtempSync(join(tmpdir(), 'fhp-bench-directory-'));
    try {
      let feed: string | undefined;
      if (imported) {
        feed = join(work, 'feed.json');
        writeFileSync(feed, JSON.stringify(generatedFeed(imported)));
      }
      const { seconds, astro, pagefind: indexing, other, dist } = build(work, feed);
      const total = folderSize(dist);
      const pagefind = folderSize(join(dist, 'pagefind'));
      const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
      const browsed = await searchBytes(dist);
      const label = imported ? `${demoServices} + ${imported.toLocaleString('en-GB')} imported` : `${demoServices} demo (baseline)`;
      const perThousand = rows.length ? ((seconds - rows[0]!.seconds) / imported) * 1000 : NaN;
      rows.push({ label, imported, seconds });
      console.log(`  ${label.padEnd(22)}${seconds.toFixed(1).padStart(9)}${(Number.isNaN(perThousand) ? '-' : perThousand.toFixed(1)).padStart(20)}${String(pages).padStart(8)}${kb(total.bytes).padStart(11)}${kb(pagefind.bytes).padStart(11)}${kb(browsed.pageLoad.bytes).padStart(12)}${kb(browsed.search.bytes).padStart(12)}${String(browsed.search.requests).padStart(10)}   ${browsed.found}`);
      console.log(`  ${''.padEnd(22)}(astro build ${astro.toFixed(1)} s, Pagefind ${indexing.toFixed(1)} s, headers and sitemap ${other.toFixed(1)} s)`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const [base, ...rest] = rows;
  if (base && rest.length >= 2) {
    const small = rest[0]!;
    const large = rest[rest.length - 1]!;
    const growth = (large.seconds - base.seconds) / (small.seconds - base.seconds);
    console.log(`  Extra build time ${large.imported.toLocaleString('en-GB')} vs ${small.imported.toLocaleString('en-GB')} imported: ${growth.toFixed(1)}× for ${(large.imported / small.imported).toFixed(0)}× the services (linear = ${(large.imported / small.imported).toFixed(0)}×)`);
    console.log(`  ${large.imported.toLocaleString('en-GB')} services built in ${large.seconds.toFixed(1)} s (goal < 90 s): ${large.seconds < 90 ? 'met' : 'NOT met'}`);
  }
}

if (import.meta.main) await benchDirectory();
