import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { site } from '../../src/site/config.ts';
import { launchBrowser, watchedPage } from '../support/browser.ts';
import { builtPages, pageLocale } from '../support/built-pages.ts';

const base = inject('siteUrl');
const codes = site.locales.map((l) => l.code);
// A 404 page is seen by visiting an address that does not exist in that language.
// The editor (/admin/) is left out: it is a staff tool, not a public page, made by Sveltia
// CMS; tests/e2e/comms.test.ts checks that it loads cleanly. The staff pages (/staff/) need
// a sign-in: tests/e2e/staff.test.ts checks them signed in.
const addresses = builtPages()
  .filter((p) => !p.startsWith('/admin/') && !p.startsWith('/staff/'))
  .map((p) => (p.endsWith('404.html') ? p.replace('404.html', 'no-such-page/') : p));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe(`every built page in every language (${addresses.length} pages)`, () => {
  it('is accessible (axe: WCAG 2.2 AA and best practice), has Exit this page, the right language and direction, and asks no other site for anything', async () => {
    const failures: string[] = [];
    const foreign: string[] = [];
    const errors: string[] = [];
    // A few tabs at once: most of the time goes on waiting, not on the two cores.
    const queue = [...addresses];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        const { page, context, foreignRequests, consoleErrors } = await watchedPage(browser, base);
        for (let path = queue.shift(); path; path = queue.shift()) {
          const errorsBefore = consoleErrors.length;
          const response = await page.goto(base + path, { waitUntil: 'load' });
          // The only error allowed: the browser noting the 404 status of a "page not found" page.
          if (path.endsWith('/no-such-page/') && response?.status() === 404) {
            const extra = consoleErrors.splice(errorsBefore);
            const unexpected = extra.filter((e) => !/status of 404/.test(e));
            consoleErrors.push(...unexpected);
            if (extra.length - unexpected.length !== 1) failures.push(`${path}: expected one 404 note in the console`);
          }
          const locale = pageLocale(path, codes);
          const { lang, dir } = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
          if (lang !== locale) failures.push(`${path}: lang="${lang}", expected ${locale}`);
          const expectedDir = site.locales.find((l) => l.code === locale)!.dir;
          if (dir !== expectedDir) failures.push(`${path}: dir="${dir}", expected ${expectedDir}`);
          if (!(await page.locator('.govuk-exit-this-page__button').isVisible())) failures.push(`${path}: no visible Exit this page button`);
          const axe = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
            .analyze();
          for (const v of axe.violations) failures.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        }
        foreign.push(...foreignRequests);
        errors.push(...consoleErrors);
        await context.close();
      }),
    );
    expect(failures).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    // About a second a page on two shared cores; the directory alone adds some 600 pages.
  }, Math.max(900_000, addresses.length * 1_500));

  it('fits a 320 pixel wide screen without sideways scrolling', async () => {
    const { page, context } = await watchedPage(browser, base, { width: 320 });
    const tooWide: string[] = [];
    for (const path of addresses) {
      await page.goto(base + path);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (scroll > client) tooWide.push(`${path}: ${scroll}px wide`);
    }
    await context.close();
    expect(tooWide).toEqual([]);
  }, 600_000);

  it('works without JavaScript: every page still shows its heading and Exit this page', async () => {
    const { page, context } = await watchedPage(browser, base, { javaScript: false });
    for (const path of addresses.filter((p) => p.startsWith('/ur/') || !codes.includes(p.split('/')[1]!))) {
      await page.goto(base + path);
      expect(await page.locator('h1').count(), path).toBe(1);
      expect(await page.locator('.govuk-exit-this-page__button').isVisible(), path).toBe(true);
    }
    await context.close();
  });
});
