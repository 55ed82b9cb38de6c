import { axeResults } from '../support/axe.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { site } from '../support/content.ts';
import { launchBrowser, watchedPage } from '../support/browser.ts';
import { builtPages, pageLocale } from '../support/built-pages.ts';
import { pagesToCheck } from '../support/page-sample.ts';

const base = inject('siteUrl');
const codes = site.locales.map((l) => l.code);
// Every template in every language, plus a random sample of the pages that share one
// (service pages, categories, A to Z letters, threshold concerns, question steps...).
// The sample changes with FHP_PAGE_SEED; a failure names its seed, so it can be run again.
const seed = Number(process.env.FHP_PAGE_SEED ?? 20261202);
// A 404 page is seen by visiting an address that does not exist in that language.
// The editor (/admin/) is left out: it is a staff tool, not a public page, made by Sveltia
// CMS; tests/e2e/comms.test.ts checks that it loads cleanly. The staff pages (/staff/) need
// a sign-in: tests/e2e/staff.test.ts checks them signed in.
const all = builtPages().filter((p) => !p.startsWith('/admin/') && !p.startsWith('/staff/'));
const addresses = pagesToCheck(all, codes, seed).map((p) => (p.endsWith('404.html') ? p.replace('404.html', 'no-such-page/') : p));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Runs `check` on each page with a few tabs at once: most of the time goes on waiting, not on the two cores. */
async function eachPage(paths: string[], options: Parameters<typeof watchedPage>[2], check: (page: Awaited<ReturnType<typeof watchedPage>>, path: string) => Promise<void>) {
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      const tab = await watchedPage(browser, base, options);
      for (let path = queue.shift(); path; path = queue.shift()) await check(tab, path);
      await tab.context.close();
    }),
  );
}

describe(`every template in every language, and a sample of pages sharing one (${addresses.length} of ${all.length} pages, seed ${seed})`, () => {
  for (const code of codes) {
    const inLanguage = addresses.filter((p) => pageLocale(p, codes) === code);
    const { dir } = site.locales.find((l) => l.code === code)!;

    it(`${code}: accessible (axe: WCAG 2.2 AA and best practice), with Exit this page, lang="${code}" dir="${dir}", asking no other site for anything (${inLanguage.length} pages)`, async () => {
      const failures: string[] = [];
      const foreign: string[] = [];
      const errors: string[] = [];
      await eachPage(inLanguage, undefined, async ({ page, foreignRequests, consoleErrors }, path) => {
        const errorsBefore = consoleErrors.length;
        const response = await page.goto(base + path, { waitUntil: 'load' });
        // The only error allowed: the browser noting the 404 status of a "page not found" page.
        if (path.endsWith('/no-such-page/') && response?.status() === 404) {
          const extra = consoleErrors.splice(errorsBefore);
          const unexpected = extra.filter((e) => !/status of 404/.test(e));
          consoleErrors.push(...unexpected);
          if (extra.length - unexpected.length !== 1) failures.push(`${path}: expected one 404 note in the console`);
        }
        const found = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
        if (found.lang !== code) failures.push(`${path}: lang="${found.lang}", expected ${code}`);
        if (found.dir !== dir) failures.push(`${path}: dir="${found.dir}", expected ${dir}`);
        if (!(await page.locator('.govuk-exit-this-page__button').isVisible())) failures.push(`${path}: no visible Exit this page button`);
        for (const v of await axeResults(page)) failures.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        foreign.push(...foreignRequests.splice(0));
        errors.push(...consoleErrors.splice(0));
      });
      expect(failures, `seed ${seed}`).toEqual([]);
      expect(foreign, `seed ${seed}`).toEqual([]);
      expect(errors, `seed ${seed}`).toEqual([]);
    }, 600_000);
  }

  it('fits a 320 pixel wide screen without sideways scrolling', async () => {
    const tooWide: string[] = [];
    await eachPage(addresses, { width: 320 }, async ({ page }, path) => {
      await page.goto(base + path);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (scroll > client) tooWide.push(`${path}: ${scroll}px wide`);
    });
    expect(tooWide, `seed ${seed}`).toEqual([]);
  }, 600_000);

  it('works without JavaScript: every page still shows its heading and Exit this page', async () => {
    const missing: string[] = [];
    await eachPage(addresses, { javaScript: false }, async ({ page }, path) => {
      await page.goto(base + path);
      if ((await page.locator('h1').count()) !== 1) missing.push(`${path}: not one h1`);
      if (!(await page.locator('.govuk-exit-this-page__button').isVisible())) missing.push(`${path}: no Exit this page`);
    });
    expect(missing, `seed ${seed}`).toEqual([]);
  }, 600_000);
});
