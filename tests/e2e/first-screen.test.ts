import { axeResults } from '../support/axe.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { site } from '../support/content.ts';
import { launchBrowser, waitForIslands } from '../support/browser.ts';
import { builtPages } from '../support/built-pages.ts';
import { firstScreenProblems, phone } from '../support/first-screen.ts';

/**
 * The first screen on a phone: a parent on a 360×740 phone must see Exit this page and what
 * the page is (its h1) without scrolling, in every language, with JavaScript on and off, even
 * when the demo, draft translation and alert banners are all showing.
 */
const base = inject('siteUrl');
const codes = site.locales.map((l) => l.code);
const prefix = (code: string) => (code === 'en' ? '' : `/${code}`);

// Every kind of page in every language, with JavaScript off, is checked in every-page.test.ts
// (with its other checks, one visit a page); here, the key pages with their islands running.
const aService = builtPages().find((p) => /^\/services\/[0-9a-f-]{36}\/$/.test(p))!;
// The pages people reach first, for the slower checks.
const keyPages = ['/', '/services/', aService, '/worried/', '/ask-for-help/', '/report-a-concern/', '/professionals/request-support/', '/professionals/thresholds/level-2/', '/updates/', '/contact/'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function phoneContext(javaScript: boolean, width = phone.width): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: javaScript, viewport: { width, height: phone.height } });
}

async function open(page: Page, url: string, javaScript: boolean) {
  await page.goto(url, { waitUntil: 'load' });
  if (javaScript) await waitForIslands(page);
}

/** Each page, in a few tabs at once: what is wrong with its first screen. */
async function checkFirstScreens(paths: string[], javaScript: boolean) {
  const failures: string[] = [];
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      const context = await phoneContext(javaScript);
      const page = await context.newPage();
      for (let path = queue.shift(); path; path = queue.shift()) {
        await open(page, base + path, javaScript);
        failures.push(...(await firstScreenProblems(page, `${path} (JavaScript ${javaScript ? 'on' : 'off'})`)));
      }
      await context.close();
    }),
  );
  return failures;
}

describe(`the first screen on a ${phone.width}×${phone.height} phone`, () => {
  // Islands (filters, questions, forms) change the page once they run.
  it('shows them on the key pages in every language with JavaScript on, once the islands have run', async () => {
    expect(await checkFirstScreens(codes.flatMap((code) => keyPages.map((p) => prefix(code) + p)), true)).toEqual([]);
  }, 600_000);

  it('keeps Exit this page on screen while the page scrolls', async () => {
    const context = await phoneContext(true);
    const page = await context.newPage();
    for (const path of ['/services/', '/ar/professionals/thresholds/level-4/', '/pl/services/']) {
      await open(page, base + path, true);
      await page.evaluate(() => scrollTo({ top: 1500, behavior: 'instant' }));
      expect(await page.evaluate(() => scrollY), path).toBeGreaterThan(1000);
      const exit = await page.locator('.govuk-exit-this-page__button').boundingBox();
      expect(exit, path).not.toBeNull();
      expect(exit!.y, path).toBeGreaterThanOrEqual(0);
      expect(exit!.y + exit!.height, path).toBeLessThanOrEqual(phone.height);
    }
    await context.close();
  });

  for (const javaScript of [true, false]) {
    it(`folds the languages into one line that opens to all of them; a wide screen shows the list (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const context = await phoneContext(javaScript);
      const page = await context.newPage();
      await open(page, `${base}/ar/services/`, javaScript);
      const nav = page.locator('.govuk-language-navigation');
      const summary = nav.locator('summary');
      expect(await summary.textContent()).toContain('العربية');
      expect((await nav.boundingBox())!.height).toBeLessThanOrEqual(48);
      expect(await nav.getByRole('link').first().isVisible()).toBe(false);
      await summary.click();
      const links = nav.getByRole('link');
      expect(await links.evaluateAll((as) => as.filter((a) => (a as HTMLElement).offsetParent).map((a) => a.getAttribute('lang')))).toEqual(codes.filter((c) => c !== 'ar'));
      await page.getByRole('link', { name: 'Polski' }).click();
      await page.waitForURL(`${base}/pl/services/`);
      await page.setViewportSize({ width: 1024, height: 740 });
      expect(await page.locator('.govuk-language-navigation summary').isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: 'English' }).isVisible()).toBe(true);
      await context.close();
    });
  }

  it('shows the demo and draft translation banners as one short line each, opened for the whole text; the draft one links to English', async () => {
    const context = await phoneContext(false);
    const page = await context.newPage();
    await open(page, `${base}/pl/ask-for-help/`, false);
    const demo = page.locator('.fhp-banner:not(.fhp-alert):not([data-translation-status])');
    const draft = page.locator('[data-translation-status="draft"]');
    const full = 'Niektóre słowa mogą być błędne.';
    expect(await page.getByText(full).isVisible()).toBe(false);
    expect((await demo.boundingBox())!.height).toBeLessThanOrEqual(48);
    expect(await draft.getByRole('link').getAttribute('href')).toBe('/ask-for-help/');
    await draft.locator('summary').click();
    expect(await page.getByText(full).isVisible()).toBe(true);
    await demo.locator('summary').click();
    expect(await demo.getByText('Nie używaj jej, aby prosić o pomoc.').isVisible()).toBe(true);
    await context.close();
  });

  it(`with every banner opened, fits ${320}px without sideways scrolling and is accessible (axe), in every language`, async () => {
    const failures: string[] = [];
    for (const width of [320, phone.width]) {
      const context = await phoneContext(true, width);
      const page = await context.newPage();
      for (const code of codes) {
        for (const path of keyPages.slice(0, width === 320 ? keyPages.length : 3).map((p) => prefix(code) + p)) {
          await open(page, base + path, true);
          await page.evaluate(() => document.querySelectorAll('header details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
          const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
          if (scroll > client) failures.push(`${path} at ${width}px: ${scroll}px wide`);
          if (width === phone.width) {
            for (const v of await axeResults(page)) failures.push(`${path}: ${v.id} ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
          }
        }
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
