/**
 * A council with many services: the site built with 600 generated ORUK services beside the
 * demo ones (the same generator `npm run bench` uses). Without JavaScript, someone can still
 * reach every service through small pages: a category 50 services to a page with next and
 * previous links, and the A to Z one letter to a page.
 */
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { axeViolations } from '../support/axe.ts';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { brokenLinks } from '../support/link-check.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from '../support/build-content.ts';
import { generatedFeed } from '../bench/directory.ts';
import { loadDirectory, site as siteConfig } from '../support/content.ts';
import { categoryPageSize } from '../../src/directory/page-size.ts';

const imported = 600;
const demo = loadDirectory().services;
const active = (s: { status: string }) => s.status === 'active';
// Each generated record copies a demo service (i % demo.length), its categories and status too.
const templates = Array.from({ length: imported }, (_, i) => demo[i % demo.length]!);
const everyActive = [...demo, ...templates].filter(active);
const inCategory = (id: string) => everyActive.filter((s) => s.categories.includes(id)).length;
const biggest = [...new Set(demo.flatMap((s) => s.categories))].sort((a, b) => inCategory(b) - inCategory(a))[0]!;

let site: ReturnType<typeof buildContent>;
beforeAll(() => {
  site = buildContent((content) => {
    const feed = join(content, 'feed.json');
    writeFileSync(feed, JSON.stringify(generatedFeed(imported)));
    process.env.ORUK_FEED = feed;
    // One name in Ukrainian: a letter (М) that only the Ukrainian A to Z has.
    appendFileSync(join(content, 'services', 'youth-clubs.yaml'), '\ntranslations:\n  uk:\n    name: Молодіжні клуби\n');
  });
  delete process.env.ORUK_FEED;
}, 300_000);
afterAll(() => site?.remove());

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.json': 'application/json' };

/** Chromium reading the built folder: every request answered from it, nothing else reached. */
async function serveBuilt(page: Page) {
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(site.dist, path);
    if (url.host !== 'site.test' || !file.startsWith(site.dist) || !existsSync(file) || !statSync(file).isFile()) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
}

const html = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');
const serviceLinks = (page: string) => [...page.matchAll(/href="(?:\/[a-z]{2})?\/services\/([0-9a-f-]{36})\/"/g)].map((m) => m[1]!);
const linkWithRel = (page: string, rel: string) => new RegExp(`href="([^"]+)" rel="${rel}"`).exec(page)?.[1];

describe(`the directory with ${imported} more services, without JavaScript`, () => {
  it('built', () => expect(site.status, site.output).toBe(0));

  for (const prefix of ['', '/ar']) {
    it(`${prefix || '/'}: a category of ${inCategory(biggest)} services is split into pages of ${categoryPageSize}, linked next and previous, listing each service once`, () => {
      expect(inCategory(biggest)).toBeGreaterThan(categoryPageSize * 2);
      const pages = Math.ceil(inCategory(biggest) / categoryPageSize);
      const seen: string[] = [];
      let path: string | undefined = `${prefix}/services/categories/${biggest}/`;
      const visited: string[] = [];
      while (path) {
        const page = html(path);
        visited.push(path);
        const listed = serviceLinks(page);
        expect(listed.length, path).toBe(visited.length < pages ? categoryPageSize : inCategory(biggest) - categoryPageSize * (pages - 1));
        seen.push(...listed);
        if (visited.length > 1) expect(linkWithRel(page, 'prev'), path).toBe(visited.at(-2));
        path = linkWithRel(page, 'next');
      }
      expect(visited.length).toBe(pages);
      expect(visited[1]).toBe(`${prefix}/services/categories/${biggest}/2/`);
      expect(new Set(seen).size).toBe(inCategory(biggest));
    });

    it(`${prefix || '/'}: the A to Z pages list every service once, and the directory's front page stays within the 14 kB budget`, () => {
      const front = html(`${prefix}/services/`);
      expect(gzipSync(front).byteLength).toBeLessThan(14 * 1024);
      const letters = [...front.matchAll(/href="((?:\/[a-z]{2})?\/services\/a-z\/[a-z0-9]+\/)"/g)].map((m) => m[1]!);
      const seen = letters.flatMap((letter) => serviceLinks(html(letter)));
      expect(seen.length).toBe(everyActive.length);
      expect(new Set(seen).size).toBe(everyActive.length);
    });
  }

  it('a letter only one language has: its page exists there, and the other languages link to their own directory instead', () => {
    const youthClubs = demo.find((s) => s.name === 'Youth clubs')!;
    const ukrainian = html('/uk/services/a-z/x41c/');
    expect(ukrainian).toContain('Послуги, що починаються на М');
    expect(serviceLinks(ukrainian)).toEqual([youthClubs.id]);
    expect(existsSync(join(site.dist, 'services', 'a-z', 'x41c'))).toBe(false);
    expect(ukrainian).toMatch(/<a class="govuk-language-navigation__link" href="\/services\/" lang="en"/);
    expect(ukrainian).not.toContain('hreflang="en" href="https://');
    // No link on any page of the whole site leads nowhere.
    const skip = (path: string) => path.startsWith('/admin/') || path.startsWith('/pagefind/') || path.startsWith('/_astro/');
    expect(brokenLinks(site.dist, { origin: new URL(siteConfig.service.url).origin, skip }).broken).toEqual([]);
  });

  it('a middle page of a category passes axe, fits 320 pixels and is read right to left in Arabic', async () => {
    const browser = await launchBrowser();
    try {
      for (const prefix of ['', '/ar']) {
        const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
        const page = await context.newPage();
        await serveBuilt(page);
        await page.goto(`http://site.test${prefix}/services/categories/${biggest}/2/`);
        await expect(page.locator('html').getAttribute('dir')).resolves.toBe(prefix ? 'rtl' : 'ltr');
        expect(await page.getByRole('navigation', { name: prefix ? 'الصفحات' : 'Pages' }).getByRole('link').count()).toBe(2);
        expect(await axeViolations(page), prefix || '/').toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  }, 120_000);
});
