import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { anyChoice, filterIndicators } from '../../src/thresholds/filter.ts';
import { loadThresholds, loadFlow } from '../support/content.ts';
import { allPaths } from '../../src/worried/engine.ts';
import { launchBrowser, waitForIslands, watchedPage } from '../support/browser.ts';

const base = inject('siteUrl');
const { structure } = loadThresholds();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('a threshold level page on paper', () => {
  it('prints as a document: no header, languages, Exit this page or footer, but the version and every sign', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/professionals/thresholds/level-4/`);
    const chrome = ['.govuk-exit-this-page__button', '.govuk-generic-header', '.govuk-language-navigation', '.govuk-footer', '.fhp-banner'];
    // On screen they are all there (so this test can tell the difference).
    for (const selector of chrome) expect(await page.locator(selector).first().isVisible(), `${selector} on screen`).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of chrome) expect(await page.locator(selector).first().isVisible(), `${selector} in print`).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.fhp-document-details').isVisible()).toBe(true);
    const signs = structure.indicators.filter((i) => i.level === 'level-4');
    for (const sign of signs) expect(await page.locator(`#${sign.id}`).isVisible(), sign.id).toBe(true);
    mkdirSync('tests/.tmp', { recursive: true });
    await page.screenshot({ path: 'tests/.tmp/threshold-level-4-print.png', fullPage: true });
    await context.close();
  });
});

describe('signs by concern, domain and age', () => {
  it('with JavaScript, combined filters show only the signs that match', async () => {
    const { page, context, consoleErrors } = await watchedPage(browser, base);
    await page.goto(`${base}/professionals/thresholds/indicators/`);
    await waitForIslands(page);
    const items = page.locator('[data-indicator]');
    expect(await items.count()).toBe(structure.indicators.length);
    await page.selectOption('#filter-concern', 'young-carers');
    const carers = filterIndicators(structure.indicators, { ...anyChoice, concern: 'young-carers' }).map((i) => i.id);
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')))).toEqual(carers);
    await page.selectOption('#filter-age', '0-4');
    expect(await items.count()).toBe(0);
    expect(await page.locator('.fhp-filter [role="status"]').textContent()).toContain('No signs match');
    await page.selectOption('#filter-age', '');
    await page.selectOption('#filter-domain', 'family');
    const both = filterIndicators(structure.indicators, { concern: 'young-carers', domain: 'family', age: '' }).length;
    expect(both).toBeGreaterThan(0);
    expect(await items.count()).toBe(both);
    expect(await page.locator('.fhp-filter [role="status"]').textContent()).toContain(String(both));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('fits a 320 pixel wide screen once the filters appear, in every language', async () => {
    const { page, context } = await watchedPage(browser, base, { width: 320 });
    const tooWide: string[] = [];
    for (const prefix of ['', '/pl', '/ro', '/uk', '/ar', '/ur']) {
      await page.goto(`${base}${prefix}/professionals/thresholds/indicators/`);
      await waitForIslands(page);
      await page.locator('#filter-concern').waitFor();
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (scroll > client) tooWide.push(`${prefix || '/'}: ${scroll}px wide`);
    }
    await context.close();
    expect(tooWide).toEqual([]);
  });

  it('without JavaScript, there are no dead filters, every sign shows, and a concern page lists its signs linked to their anchors', async () => {
    const { page, context } = await watchedPage(browser, base, { javaScript: false });
    await page.goto(`${base}/professionals/thresholds/indicators/`);
    // The filter is in the page (shown from the first paint where scripts run), never on screen here.
    expect(await page.locator('select:visible').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Filter the signs' }).count()).toBe(0);
    expect(await page.locator('[data-indicator]').count()).toBe(structure.indicators.length);
    await page.goto(`${base}/pl/professionals/thresholds/concerns/housing/`);
    const expected = filterIndicators(structure.indicators, { ...anyChoice, concern: 'housing' });
    const refs = await page.locator('.fhp-indicator__ref').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(refs).toEqual(expected.map((i) => `/pl/professionals/thresholds/${i.level}/#${i.id}`));
    await page.locator('.fhp-indicator__ref').first().click();
    expect(await page.locator(`#${expected[0]!.id}`).evaluate((e) => e.matches(':target'))).toBe(true);
    await context.close();
  });
});

describe('one story: the questions lead professionals to the threshold guidance', () => {
  it('the professional outcome links to the four levels, in the reader\'s language', async () => {
    const { flow } = loadFlow();
    const path = allPaths(flow).find((p) => p.outcome === 'professional')!;
    const { page, context } = await watchedPage(browser, base, { javaScript: false });
    await page.goto(`${base}/uk/worried/`);
    await page.locator('.govuk-button--start').click();
    for (const [, answer] of path.answers) await page.locator(`[data-answer="${answer}"]`).click();
    if (await page.locator('[data-check-answers]').count()) await page.locator('[data-check-answers] .govuk-button').click();
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('professional');
    expect(await page.locator('[data-outcome] a[href="/uk/professionals/request-support/"]').count()).toBe(1);
    await page.locator('[data-outcome] a[href="/uk/professionals/thresholds/"]').click();
    expect(await page.locator('.fhp-level').count()).toBe(structure.levels.length);
    await context.close();
  });
});

describe('consult first', () => {
  it('every level, in every language, says when to talk it through and links to the request for support or a consultation', async () => {
    const { page, context } = await watchedPage(browser, base, { javaScript: false });
    for (const prefix of ['', '/pl', '/ro', '/uk', '/ar', '/ur']) {
      for (const level of structure.levels) {
        await page.goto(`${base}${prefix}/professionals/thresholds/${level}/`);
        expect(await page.locator('.fhp-consult a[data-request-support]').getAttribute('href'), `${prefix} ${level}`).toBe(`${prefix}/professionals/request-support/`);
      }
    }
    await page.locator('.fhp-consult a[data-request-support]').click();
    expect(await page.locator('form[action="/api/forms/request"] input[name="kind"]').getAttribute('value')).toBe('professional');
    await context.close();
  });
});
