import { axeResults } from '../support/axe.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { site } from '../support/content.ts';
import { launchBrowser, watchedPage } from '../support/browser.ts';
import { builtPages, pageLocale } from '../support/built-pages.ts';
import { firstScreenProblems, phone } from '../support/first-screen.ts';
import { pagesToCheck } from '../support/page-sample.ts';

const base = inject('siteUrl');
const codes = site.locales.map((l) => l.code);
// Every template in every language, plus a random sample of the pages that share one
// (service pages, categories, A to Z letters, threshold concerns, question steps...).
// One more page of each shared template, drawn afresh each day (the seed is the date), so
// over the days every page gets its turn; a failure names its seed, and FHP_PAGE_SEED=<seed>
// draws the same sample again.
const seed = Number(process.env.FHP_PAGE_SEED ?? new Date().toISOString().slice(0, 10).replaceAll('-', ''));
// A 404 page is seen by visiting an address that does not exist in that language.
// The editor (/admin/) is left out: it is a staff tool, not a public page, made by Sveltia
// CMS; tests/e2e/comms.test.ts checks that it loads cleanly. The staff pages (/staff/) need
// a sign-in: tests/e2e/staff.test.ts checks them signed in.
const all = builtPages().filter((p) => !p.startsWith('/admin/') && !p.startsWith('/staff/'));
const addresses = pagesToCheck(all, codes, seed, 1).map((p) => (p.endsWith('404.html') ? p.replace('404.html', 'no-such-page/') : p));
/** axe sees the page at a desktop width (the language list open, as a wide screen shows it). */
const wide = { width: 1024, height: 800 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/**
 * Runs `check` on each page with a few tabs at once: most of the time goes on waiting, not on
 * the two cores. Each page is visited once with JavaScript and once without, every check made
 * on that one visit.
 */
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

    it(`${code}: accessible (axe: WCAG 2.2 AA and best practice), with Exit this page, lang="${code}" dir="${dir}", asking no other site for anything, fitting 320 px without sideways scrolling (${inLanguage.length} pages)`, async () => {
      const failures: string[] = [];
      const foreign: string[] = [];
      const errors: string[] = [];
      await eachPage(inLanguage, wide, async ({ page, foreignRequests, consoleErrors }, path) => {
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
        // The same page on the narrowest phone: the layout follows the width, as it would on load.
        await page.setViewportSize({ width: 320, height: phone.height });
        const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        if (scroll > client) failures.push(`${path}: ${scroll}px wide at 320px`);
        await page.setViewportSize(wide);
        foreign.push(...foreignRequests.splice(0));
        errors.push(...consoleErrors.splice(0));
      });
      expect(failures, `seed ${seed}`).toEqual([]);
      expect(foreign, `seed ${seed}`).toEqual([]);
      expect(errors, `seed ${seed}`).toEqual([]);
    }, 600_000);
  }

  it(`works without JavaScript: every page shows Exit this page and its one heading on a ${phone.width}×${phone.height} phone's first screen`, async () => {
    const missing: string[] = [];
    await eachPage(addresses, { javaScript: false, ...phone }, async ({ page }, path) => {
      await page.goto(base + path);
      missing.push(...(await firstScreenProblems(page, path)));
    });
    expect(missing, `seed ${seed}`).toEqual([]);
  }, 600_000);
});
