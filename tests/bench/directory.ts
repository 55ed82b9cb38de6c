/**
 * The directory section of `npm run bench` (alone: `npm run bench -- --directory`).
 * Builds the site several times, each into its own temporary folder with its own content copy
 * and Astro cache: the demo data (the baseline), then ORUK feeds of 500 and 5,128 generated
 * services (Shropshire's published directory holds 5,128) shaped like published records,
 * imported through ORUK_FEED (the same loader a council's feed goes through).
 * For each: build time (astro build + Pagefind + headers + sitemap + the closing count), the
 * peak memory of the build's processes, pages, files (beside Cloudflare's plans), dist size,
 * Pagefind index size, and the bytes Chromium fetches for one search on /services/, served
 * by a small local static server that counts the bytes it sends (no compression: bytes sent =
 * file bytes; Pagefind's files are compressed already).
 */
import { cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { loadDirectory, loadPostcodeTable, site } from '../support/content.ts';
import { choiceFrom, findServices, toItem, type FinderData } from '../../src/directory/finder.ts';
import { orukService } from '../../src/directory/oruk-export.ts';
import { stableUuid } from '../../src/directory/stable-uuid.ts';
import { launchBrowser, waitForIslands } from '../support/browser.ts';
import { freePort } from '../support/site-server.ts';
import { folderSize } from './folder-size.ts';
import { runMeasured } from './process-tree.ts';
import { assetFiles, pageCount } from '../../src/build/report-assets.ts';
import { assetLimits, planFor } from '../../src/build/asset-limits.ts';

const sizes = (process.env.BENCH_DIRECTORY_SIZES ?? '500,5128').split(',').map(Number);
const searchWords = 'family support';

/** An id shaped like a UUID but, like many published ones, not an RFC 4122 variant. */
const oddId = (seed: string) => {
  const id = stableUuid(seed);
  return `${id.slice(0, 14)}5${id.slice(15, 19)}d${id.slice(20)}`;
};

/**
 * `count` ORUK 3.0 service records shaped like the ones councils publish (see
 * tests/fixtures/oruk-feeds.ts): the demo services over again, each with its own odd id,
 * name and place, an HTML description from a web editor, a phone with a label, ages of -1,
 * placeholder emails, http:// websites, vendor extensions, and a third with no place at all
 * (a service area instead).
 */
export function generatedFeed(count: number): unknown[] {
  const directory = loadDirectory();
  const sectors = Object.entries(loadPostcodeTable()!.sectors);
  const towns = [...new Set([...directory.locations.values()].map((l) => l.city))];
  return Array.from({ length: count }, (_, i) => {
    const template = directory.services[i % directory.services.length]!;
    const record = orukService(template, directory, site.directory.taxonomy) as Record<string, unknown> & { organization?: Record<string, unknown> };
    const id = oddId(`bench/${count}/${i}`);
    const [sector, [lat, lon]] = sectors[i % sectors.length]!;
    const town = towns[i % towns.length]!;
    const name = `${template.name} ${town} ${i + 1}`;
    const jitter = (n: number) => ((((i * 7919 + n) % 1000) / 1000) - 0.5) * 0.01;
    const place = {
      id: oddId(`bench/${count}/${i}/place`), location_type: 'physical', name: `${town} venue ${i + 1}`,
      latitude: Number((lat + jitter(1)).toFixed(5)), longitude: Number((lon + jitter(2)).toFixed(5)),
      addresses: [{ address_1: `${(i % 200) + 1} High Street`, city: town, state_province: 'Northbridgeshire', postal_code: `${sector}${'ABDEFGHJ'[i % 8]}${'LNPQRSTU'[(i >> 3) % 8]}`, country: 'GB' }],
    };
    const handle = `nb${(i * 2654435761 % 100000).toString(36)}`;
    const organization = { ...record.organization, id: oddId(`bench/${count}/${i % 700}/org`) };
    const phone = `01632 ${String(960000 + (i % 1000)).replace(/^(\d{3})/, '$1 ')}`;
    return {
      ...record, id, name,
      organization_id: organization.id, organization,
      description:
        `<h1>${name}</h1><p>&nbsp;</p><p>${template.description}</p>` +
        `<h2>What happens</h2><ul><li>Run in ${town}</li><li>Free&nbsp;to&nbsp;join</li><li></li></ul>` +
        `<p>Follow us on <a href="https://www.facebook.com/${handle}" target="">Facebook</a> and <a href="https://twitter.com/${handle}" target="_blank">Twitter</a>.</p>`,
      url: i % 3 === 0 ? `http://www.${handle}.example` : record.url,
      email: i % 4 === 0 ? `Unknown-${id.slice(0, 8)}@noemail.invalid` : record.email,
      minimum_age: i % 5 === 0 ? -1 : record.minimum_age,
      maximum_age: i % 5 === 0 ? -1 : record.maximum_age,
      last_modified: new Date(Date.UTC(2026, i % 11, (i % 27) + 1, 9, i % 60)).toISOString(),
      phones: [{ id: oddId(`bench/${count}/${i}/phone`), number: i % 2 ? `${template.name}: ${phone}` : phone }],
      pc_metadata: { source_system: 'PlaceCube', record_owner: 'Directory team' },
      pc_targetAudience: [{ id: i % 7, name: 'Families' }],
      // Every third service has no place: online and phone services are common in real feeds.
      ...(i % 3 === 2
        ? { service_at_locations: [], service_areas: [{ id: oddId(`bench/${count}/${i}/area`), name: `${town} and around` }] }
        : { service_at_locations: [{ id: oddId(`bench/${count}/${i}/sal`), service_id: id, location_id: place.id, location: place }] }),
    };
  });
}

/**
 * The whole `npm run build` pipeline, into `dist`, from a copy of content/ (its own Astro cache);
 * `edit` changes the copy first (the Lighthouse bench builds with `demo: false`).
 */
export async function build(work: string, feed?: string, edit?: (content: string) => void) {
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  cpSync('content', content, { recursive: true });
  edit?.(content);
  const env = { ...process.env, FHP_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...(feed ? { ORUK_FEED: feed } : { ORUK_FEED: '' }) };
  const steps: [string, string[]][] = [
    [process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist]],
    [process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', dist]],
    [process.execPath, ['src/build/write-headers.ts', dist]],
    [process.execPath, ['src/build/write-sitemap.ts', dist]],
    [process.execPath, ['src/build/report-assets.ts', dist]],
  ];
  const stepSeconds: number[] = [];
  let peakBytes = 0;
  let log = '';
  for (const [command, args] of steps) {
    const result = await runMeasured(command, args, env);
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
    stepSeconds.push(result.seconds);
    peakBytes = Math.max(peakBytes, result.peakBytes);
    log += result.stdout;
  }
  const [astro = 0, pagefind = 0, ...rest] = stepSeconds;
  const imported = /imported (\d+)/.exec(log)?.[1] ?? '0';
  return { seconds: stepSeconds.reduce((a, b) => a + b, 0), astro, pagefind, other: rest.reduce((a, b) => a + b, 0), dist, peakBytes, closing: log.trim().split('\n').at(-1) ?? '', imported };
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
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
/** Shropshire's published ORUK 3.0 directory: the largest real one we know of. */
const realSize = 5128;
const goalSeconds = 60;

export async function benchDirectory() {
  const demoServices = loadDirectory().services.length;
  console.log(`\nDirectory (each build from its own content copy and cache; feeds shaped like published ORUK 3.0 records; one search = "${searchWords}" in the filter form on /services/)`);
  console.log(`  ${'services'.padEnd(22)}${'build s'.padStart(9)}${'s / 1,000'.padStart(11)}${'peak memory'.padStart(13)}${'pages'.padStart(8)}${'files'.padStart(9)}${'dist'.padStart(9)}${'Pagefind'.padStart(10)}${'page load'.padStart(11)}${'one search'.padStart(12)}${'requests'.padStart(10)}`);
  const rows: { label: string; imported: number; seconds: number; files: number }[] = [];
  // A first build warms the disk and Vite's caches; it is not counted.
  const warm = mkdtempSync(join(tmpdir(), 'fhp-bench-directory-'));
  await build(warm);
  rmSync(warm, { recursive: true, force: true });
  for (const generated of [0, ...sizes]) {
    const work = mkdtempSync(join(tmpdir(), 'fhp-bench-directory-'));
    try {
      let feed: string | undefined;
      if (generated) {
        feed = join(work, 'feed.json');
        writeFileSync(feed, JSON.stringify(generatedFeed(generated)));
      }
      const { seconds, astro, pagefind: indexing, other, dist, peakBytes, closing, imported } = await build(work, feed);
      const files = assetFiles(dist);
      const total = files.reduce((sum, f) => sum + f.bytes, 0);
      const pagefind = folderSize(join(dist, 'pagefind'));
      const { pages } = pageCount(dist, files);
      const browsed = await searchBytes(dist);
      const label = generated ? `${demoServices} + ${generated.toLocaleString('en-GB')} fed` : `${demoServices} demo (baseline)`;
      const perThousand = rows.length ? ((seconds - rows[0]!.seconds) / generated) * 1000 : NaN;
      rows.push({ label, imported: generated, seconds, files: files.length });
      console.log(`  ${label.padEnd(22)}${seconds.toFixed(1).padStart(9)}${(Number.isNaN(perThousand) ? '-' : perThousand.toFixed(1)).padStart(11)}${mb(peakBytes).padStart(13)}${pages.toLocaleString('en-GB').padStart(8)}${files.length.toLocaleString('en-GB').padStart(9)}${mb(total).padStart(9)}${kb(pagefind.bytes).padStart(10)}${kb(browsed.pageLoad.bytes).padStart(11)}${kb(browsed.search.bytes).padStart(12)}${String(browsed.search.requests).padStart(10)}   ${browsed.found}`);
      console.log(`  ${''.padEnd(22)}astro build ${astro.toFixed(1)} s, Pagefind ${indexing.toFixed(1)} s, headers, sitemap and count ${other.toFixed(1)} s; ${generated ? `imported ${imported} of ${generated.toLocaleString('en-GB')}; ` : ''}the build ends: ${closing}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const [base, ...rest] = rows;
  if (base && rest.length >= 2) {
    const small = rest[0]!;
    const large = rest[rest.length - 1]!;
    const growth = (large.seconds - base.seconds) / (small.seconds - base.seconds);
    console.log(`  Extra build time ${large.imported.toLocaleString('en-GB')} vs ${small.imported.toLocaleString('en-GB')} fed: ${growth.toFixed(1)}× for ${(large.imported / small.imported).toFixed(1)}× the services (linear = ${(large.imported / small.imported).toFixed(1)}×)`);
  }
  const largest = rest.at(-1);
  if (largest) {
    const plan = planFor(largest.files);
    console.log(`  ${largest.label}: built in ${largest.seconds.toFixed(1)} s (goal under ${goalSeconds} s: ${largest.seconds < goalSeconds ? 'met' : 'NOT met'}); ` +
      `${largest.files.toLocaleString('en-GB')} files (goal within ${assetLimits.paidFiles.toLocaleString('en-GB')}: ${plan === 'too-many' ? 'NOT met' : 'met'}; ` +
      `Cloudflare ${plan === 'free' ? 'Free plan (within 20,000)' : plan === 'paid' ? 'Paid plan (more than 20,000)' : 'no plan'})` +
      (largest.imported < realSize ? ` — the real-size figure needs ${realSize.toLocaleString('en-GB')} (BENCH_DIRECTORY_SIZES)` : ''));
  }
}

if (import.meta.main) await benchDirectory();
