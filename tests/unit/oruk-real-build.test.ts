import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from '../support/build-content.ts';
import { parse } from 'yaml';
import { councilFeed, foodBank, hostile, youthSupport } from '../fixtures/oruk-feeds.ts';
import { serviceHtml } from '../support/service-page-files.ts';

/**
 * Two feeds like a council's directory and a voluntary-sector one, built into the real site:
 * records as councils publish them render in every language, and nothing hostile in a
 * description reaches a page or a search index.
 */
const locales = (parse(readFileSync('content/site.yaml', 'utf8')) as { locales: { code: string }[] }).locales.map((l) => l.code);

let feeds: { council: string; voluntary: string } | undefined;
let build: ReturnType<typeof buildContent>;
beforeAll(() => {
  build = buildContent((content) => {
    feeds = { council: join(content, 'council.json'), voluntary: join(content, 'voluntary.json') };
    writeFileSync(feeds.council, JSON.stringify({ contents: councilFeed }));
    writeFileSync(feeds.voluntary, JSON.stringify([hostile, { ...foodBank, name: 'Eastmoor Food Bank (copy)' }]));
    process.env.ORUK_FEED = `${feeds.council},${feeds.voluntary}`;
  });
  delete process.env.ORUK_FEED;
}, 600_000);
afterAll(() => build?.remove());
/** The page the Worker puts together for a service, from the same files and by the same code. */
function page(locale: string, id: string): string {
  const html = serviceHtml(build.dist, locale, id);
  if (!html) throw new Error(`no ${locale} page for ${id}`);
  return html;
}

describe('a council feed and a voluntary-sector feed, as published', () => {
  it('build, and the log ends each feed with imported, adjusted by reason and skipped with why', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain(`ORUK feed ${feeds!.council}: imported 2, adjusted 2, skipped 2`);
    expect(build.output).toContain('adjusted 1: phone with a label: the label is shown beside the number');
    expect(build.output).toContain('skipped 0a0a0a0a-0b0b-0c0c-0d0d-0e0e0e0e0e0e: no name');
    expect(build.output).toContain(`ORUK feed ${feeds!.voluntary}: imported 1, adjusted 1, skipped 1`);
    expect(build.output).toContain(`"Eastmoor Food Bank (copy)": already imported from ${feeds!.council}`);
    // Said again once the pages are written, where whoever runs the build looks.
    const pagesWritten = build.output.indexOf('generating static routes');
    expect(pagesWritten).toBeGreaterThan(0);
    expect(build.output.indexOf(`ORUK feed ${feeds!.voluntary}: imported 1`, pagesWritten)).toBeGreaterThan(pagesWritten);
  });

  it('give each imported service a page in every language: formatted description, labelled phone, area and no place', () => {
    for (const locale of locales) {
      for (const id of [youthSupport.id, foodBank.id, hostile.id]) expect(() => page(locale, id), `${locale} ${id}`).not.toThrow();
      const html = page(locale, youthSupport.id);
      expect(html).toContain('<h3 class="govuk-heading-s">Talk It Out</h3>');
      expect(html).toContain('<a href="https://www.facebook.com/nbyoungminds.example" rel="noopener" class="govuk-link">Facebook</a>');
      expect(html).toMatch(/href="tel:03001234567">0300 123 4567<\/a><span[^>]*>Young Minds Helpline<\/span>/);
      expect(html).toContain('Northbridge and Eastmoor');
      expect(html).not.toMatch(/noemail\.invalid|target=""|&nbsp;|<h1[^>]*>Talk/);
      expect(html).not.toContain('class="fhp-location"');
    }
    expect(page('en', youthSupport.id)).toContain('By phone and Online');
    // A record with no date is not dated the day of the build: the page says it is not known.
    expect(page('en', hostile.id)).toContain('We do not know when this information was last checked.');
    expect(page('en', hostile.id)).not.toContain('We last checked');
    expect(page('pl', youthSupport.id)).toContain('Ostatnio sprawdziliśmy te informacje 3 października 2026');
  });

  it('keep everything hostile out of the page and the search index', () => {
    const hostileWords = /pwned|<iframe|<object|<svg|onclick|onerror|onmouseover|javascript:|data:text|tracker\.example|frame words|display:none|position:fixed/i;
    // The page's own markup (the language menu's globe icon is an <svg>) is not from the feed:
    // what the feed wrote is inside <main>.
    const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    for (const locale of locales) {
      const html = page(locale, hostile.id);
      expect(main(html)).not.toMatch(hostileWords);
      expect(html).not.toMatch(/pwned|<iframe|<object|onclick|onerror|onmouseover|javascript:|data:text|tracker\.example/i);
      expect(html).toContain('Our group page');
    }
    const pagefind = spawnSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', build.dist], { encoding: 'utf8' });
    expect(pagefind.status, pagefind.stderr).toBe(0);
    const fragments = readdirSync(join(build.dist, 'pagefind', 'fragment')).map((f) => gunzipSync(readFileSync(join(build.dist, 'pagefind', 'fragment', f))).toString('utf8'));
    // Service pages are found by the directory's finder, not Pagefind: no service page is in its index...
    expect(fragments.filter((f) => /\/services\/([0-9a-f-]{36}|parts|page-shell)\//.test(f))).toEqual([]);
    expect(fragments.length).toBeGreaterThan(100);
    // ...and the finder's index in each language holds the description's words, and nothing hostile.
    for (const locale of locales) {
      const finder = JSON.parse(readFileSync(join(build.dist, ...(locale === 'en' ? [] : [locale]), 'services', 'finder.json'), 'utf8')) as { services: { url: string; titleWords: string; textWords: string }[] };
      const entry = finder.services.find((s) => s.url.endsWith(`/services/${hostile.id}/`));
      expect(entry?.textWords.split(' '), locale).toEqual(expect.arrayContaining(['meet', 'other', 'parents']));
      expect(`${entry?.titleWords} ${entry?.textWords}`).not.toMatch(/pwned|iframe|onclick|onerror|javascript|tracker/);
    }
  });
});
