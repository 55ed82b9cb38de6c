/**
 * Byte budgets (gzip), checked on the built site: `npm run size`. Prints a table and
 * exits 1 when anything is over. People here are often on cheap phones and slow data.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { workerBudget, workerBundleSize } from './worker-bundle.ts';
import { site } from '../support/content.ts';
import { notPages, servicePageAddresses } from '../../src/build/service-addresses.ts';
import { serviceAddress, serviceHtml } from '../support/service-page-files.ts';

export const budgets = {
  /** A staff page's HTML. (A public page's HTML is held to its first round trip, below.) */
  html: 14 * 1024,
  jsWithoutIsland: 4 * 1024,
  jsWithIsland: 20 * 1024,
  cssTotal: 14 * 1024,
  /** Each island with its renderer and imports (gzip), by component name: tighter than jsWithIsland. */
  islands: {
    DirectoryFilters: 16 * 1024,
    ShortlistPage: 11 * 1024,
  } as Record<string, number>,
  /**
   * Small scripts that are not islands, by component name: each adds its allowance (its code
   * with what it imports beyond Exit this page) to the page's budget without an island.
   */
  scripts: {
    ShortlistButtonScript: 1.5 * 1024,
  } as Record<string, number>,
  /** The staff pages (/staff/, React): never loaded by the public, so a budget of their own. */
  staffJs: 90 * 1024,
  /**
   * The first round trip: what a page needs before it can paint (its HTML and the stylesheets
   * that block rendering, gzip) should fit in TCP's first flight, 10 segments of 1,460 bytes.
   */
  firstRoundTrip: 14_600,
};

/** A page's JavaScript budget: with an island, or the plain budget plus its small scripts' allowances. */
export function jsBudgetFor(row: { island: boolean; scripts: string[] }) {
  if (row.island) return budgets.jsWithIsland;
  return row.scripts.reduce((sum, name) => sum + (budgets.scripts[name] ?? 0), budgets.jsWithoutIsland);
}

const dist = resolve(process.argv[2] ?? 'dist');
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).byteLength;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
/** The first round trip is counted in TCP segments' bytes: kB of 1,000 bytes, as in "14.6 kB". */
const tripKb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

function* files(dir: string, ext: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path, ext);
    else if (entry.name.endsWith(ext)) yield path;
  }
}

/** A JS file and everything it statically imports (not import(): that loads on demand). */
function withImports(url: string, seen: Set<string>) {
  if (seen.has(url)) return;
  seen.add(url);
  const source = readFileSync(join(dist, url), 'utf8');
  for (const m of source.matchAll(/(?:^|[;\s}])import\s*(?:[\w*$\s{},]*?from\s*)?["']([^"']+\.m?js)["']/g)) {
    withImports(m[1]!.startsWith('/') ? m[1]! : `/${relative(dist, resolve(dirname(join(dist, url)), m[1]!))}`, seen);
  }
}

/** What a page makes the browser download and run before anyone does anything. */
export function pageWeight(html: string) {
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) withImports(m[1]!, scripts);
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const attr of m[0].matchAll(/(?:component|renderer)-url="([^"]+)"/g)) withImports(attr[1]!, scripts);
  }
  let js = [...scripts].reduce((sum, url) => sum + gz(readFileSync(join(dist, url))), 0);
  // Inline scripts run too; JSON data blocks (a service page's card) do not.
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)) js += gz(m[1]!);
  // Each island on its own: its component, the renderer, and what they import.
  const islands: Record<string, number> = {};
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const own = new Set<string>();
    for (const attr of m[0].matchAll(/(?:component|renderer)-url="([^"]+)"/g)) withImports(attr[1]!, own);
    const name = /component-url="\/_astro\/([A-Za-z]+)/.exec(m[0])?.[1] ?? 'island';
    islands[name] = [...own].reduce((sum, url) => sum + gz(readFileSync(join(dist, url))), 0);
  }
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const css = stylesheets.reduce((sum, url) => sum + gz(readFileSync(join(dist, url))), 0);
  // Render-blocking: a stylesheet in <head> for the screen. (One at the end of <body> holds up
  // only what comes after it, and inline CSS is in the HTML already.)
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  const blocking = [...head.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .filter((m) => !/\bmedia="(?!all|screen)[^"]*"/.test(m[0]) && !/\bdisabled\b/.test(m[0]))
    .map((m) => /href="([^"]+)"/.exec(m[0])![1]!);
  const firstRoundTrip = gz(html) + blocking.reduce((sum, url) => sum + gz(readFileSync(join(dist, url))), 0);
  // Components' own scripts, by name (Astro calls them <Component>.astro_astro_type_script_…).
  const scriptNames = [...html.matchAll(/<script\b[^>]*\bsrc="\/_astro\/([A-Za-z]+)\.astro_astro_type_script/g)].map((m) => m[1]!);
  return { html: gz(html), js, css, stylesheets, blocking, firstRoundTrip, island: /<astro-island\b/.test(html), islands, scripts: scriptNames };
}

/** /pl/, /ar/… : the languages of this site (content/site.yaml), not a fixed list. */
const languagePrefix = new RegExp(`^/(${site.locales.map((l) => l.code).filter((c) => c !== 'en').join('|') || '-'})/`);

function main() {
  // Public pages only: not Pagefind's files, and not the editor (/admin/), a staff tool whose
  // CMS script (about 2 MB) is loaded only by staff and never by a public page.
  const isStaff = (f: string) => f.startsWith(`${dist}/staff/`);
  // Service pages as the Worker answers them (put together from shells and parts files, which are not pages).
  const isPart = (f: string) => relative(dist, f).split(sep).some((part) => notPages.has(part));
  const rows = [
    ...[...files(dist, '.html')].filter((f) => !f.includes(`${dist}/pagefind/`) && !f.startsWith(`${dist}/admin/`) && !isStaff(f) && !isPart(f)).map((file) => ({ page: `/${relative(dist, file)}`, ...pageWeight(readFileSync(file, 'utf8')) })),
    ...servicePageAddresses(dist).map((address) => {
      const { locale, id } = serviceAddress(address)!;
      return { page: `${address}index.html`, ...pageWeight(serviceHtml(dist, locale, id)!) };
    }),
  ];
  const staffRows = [...files(dist, '.html')].filter(isStaff).map((file) => ({ page: `/${relative(dist, file)}`, ...pageWeight(readFileSync(file, 'utf8')) }));
  // Every stylesheet any page links (Pagefind's unused UI styles are not among them).
  const cssTotal = [...new Set(rows.flatMap((r) => r.stylesheets))].reduce((sum, url) => sum + gz(readFileSync(join(dist, url))), 0);
  const over: string[] = [];
  const lines = ['page (largest of its languages)'.padEnd(40) + 'HTML'.padStart(10) + 'JS'.padStart(10) + 'JS budget'.padStart(11) + 'CSS'.padStart(10) + '1st trip'.padStart(11)];
  // One row per page kind: /pl/search/index.html and /search/index.html share a row.
  const byKind = new Map<string, (typeof rows)[number]>();
  // The first round trip is shown for the largest page of each kind in any language.
  const tripByKind = new Map<string, (typeof rows)[number]>();
  const islandSizes = new Map<string, number>();
  for (const row of rows) {
    // Question steps (12 hex) and services (a UUID) share a row each: budgets still apply to every page.
    const kind = row.page.replace(languagePrefix, '/').replace(/\/(?:[0-9a-f]{12}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})\//, '/*/');
    const prev = byKind.get(kind);
    if (!prev || row.html + row.js > prev.html + prev.js) byKind.set(kind, row);
    if (row.firstRoundTrip > (tripByKind.get(kind)?.firstRoundTrip ?? -1)) tripByKind.set(kind, row);
    const jsBudget = jsBudgetFor(row);
    // The HTML's own budget is its first round trip (with the critical CSS inline in it).
    if (row.firstRoundTrip > budgets.firstRoundTrip) over.push(`${row.page}: first round trip ${tripKb(row.firstRoundTrip)} > ${tripKb(budgets.firstRoundTrip)}`);
    if (row.js > jsBudget) over.push(`${row.page}: JavaScript ${kb(row.js)} > ${kb(jsBudget)}`);
    for (const [name, bytes] of Object.entries(row.islands)) {
      islandSizes.set(name, Math.max(islandSizes.get(name) ?? 0, bytes));
      const budget = budgets.islands[name];
      if (budget !== undefined && bytes > budget) over.push(`${row.page}: island ${name} ${kb(bytes)} > ${kb(budget)}`);
    }
  }
  for (const [kind, row] of [...byKind].sort()) {
    const jsBudget = jsBudgetFor(row);
    const trip = tripByKind.get(kind)!.firstRoundTrip;
    lines.push(kind.padEnd(40) + kb(row.html).padStart(10) + kb(row.js).padStart(10) + kb(jsBudget).padStart(11) + kb(row.css).padStart(10) + `${tripKb(trip)}${trip > budgets.firstRoundTrip ? ' !' : '  '}`.padStart(11));
  }
  lines.push('', `${'island (with renderer and imports)'.padEnd(40)}${'JS'.padStart(10)}${'budget'.padStart(11)}`);
  for (const [name, bytes] of [...islandSizes].sort()) {
    const budget = budgets.islands[name];
    lines.push(name.padEnd(40) + kb(bytes).padStart(10) + (budget === undefined ? '' : kb(budget)).padStart(11));
  }
  // Staff CSS: what the staff pages load beyond the public stylesheets (their own, src/staff/staff.scss).
  const publicCss = new Set(rows.flatMap((r) => r.stylesheets));
  const staffOnlyCss = (row: (typeof staffRows)[number]) => row.stylesheets.filter((url) => !publicCss.has(url)).reduce((sum, url) => sum + gz(readFileSync(join(dist, url))), 0);
  lines.push('', `${'staff page (React, signed in only)'.padEnd(40)}${'HTML'.padStart(10)}${'JS'.padStart(10)}${'JS budget'.padStart(11)}${'CSS'.padStart(10)}${'own CSS'.padStart(10)}`);
  for (const row of staffRows) {
    lines.push(row.page.padEnd(40) + kb(row.html).padStart(10) + kb(row.js).padStart(10) + kb(budgets.staffJs).padStart(11) + kb(row.css).padStart(10) + kb(staffOnlyCss(row)).padStart(10));
    if (row.js > budgets.staffJs) over.push(`${row.page}: staff JavaScript ${kb(row.js)} > ${kb(budgets.staffJs)}`);
    if (row.html > budgets.html) over.push(`${row.page}: HTML ${kb(row.html)} > ${kb(budgets.html)}`);
  }
  if (cssTotal > budgets.cssTotal) over.push(`all CSS: ${kb(cssTotal)} > ${kb(budgets.cssTotal)}`);
  const pagefind = statSync(join(dist, 'pagefind/pagefind.js')).size;
  lines.push('', `All CSS: ${kb(cssTotal)} (budget ${kb(budgets.cssTotal)}). Budgets: the first round trip ${tripKb(budgets.firstRoundTrip)} a page (a staff page's HTML ${kb(budgets.html)}); JavaScript ${kb(budgets.jsWithoutIsland)} without an island (more for ${Object.entries(budgets.scripts).map(([name, bytes]) => `${name} +${kb(bytes)}`).join(', ')}), ${kb(budgets.jsWithIsland)} with one.`);
  const overTrip = rows.filter((r) => r.firstRoundTrip > budgets.firstRoundTrip);
  const largestTrip = rows.reduce((a, b) => (b.firstRoundTrip > a.firstRoundTrip ? b : a));
  lines.push(
    `First round trip ("1st trip": the HTML and its render-blocking CSS, gzip, in kB of 1,000 bytes) against ${tripKb(budgets.firstRoundTrip)} (10 TCP segments): ` +
      `${overTrip.length} of ${rows.length} pages over (marked !); the largest ${tripKb(largestTrip.firstRoundTrip)}, ${largestTrip.page}.`,
  );
  lines.push(`Pages checked: ${rows.length}. Not counted: Pagefind's runtime (pagefind.js ${kb(gz(readFileSync(join(dist, 'pagefind/pagefind.js'))))} gzip, ${kb(pagefind)} raw), fetched only when someone searches.`);
  const worker = workerBundleSize();
  if (worker.gzip > workerBudget) over.push(`Worker bundle: ${kb(worker.gzip)} > ${kb(workerBudget)}`);
  lines.push(`Worker bundle (wrangler deploy --dry-run): ${kb(worker.gzip)} gzip, ${kb(worker.raw)} raw (budget ${kb(workerBudget)} gzip).`);
  console.log(lines.join('\n'));
  if (over.length) {
    console.error(`\nOver budget:\n  ${over.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Budgets: all within.');
}

if (import.meta.main) main();
