import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, waitForIslands, watchedPage } from '../support/browser.ts';

const base = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function search(path: string, query: string) {
  const watched = await watchedPage(browser, base);
  const { page } = watched;
  const pagefindRequests: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
  await page.goto(base + path);
  await waitForIslands(page);
  const beforeSearching = pagefindRequests.length;
  await page.locator('#site-search').fill(query);
  await page.keyboard.press('Enter');
  // Wait for the live region to settle on an answer ("Searching…" first).
  await page.waitForFunction(() => /[^…\s]$/.test(document.getElementById('search-status')!.textContent ?? ''));
  const results = await page.locator('.fhp-search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const status = (await page.locator('#search-status').textContent()) ?? '';
  return { ...watched, results, status, beforeSearching, pagefindRequests };
}

describe('site search', () => {
  it('finds Polish pages from the Polish search page, and only Polish pages', async () => {
    const { results, status, beforeSearching, pagefindRequests, page, context, consoleErrors, foreignRequests } = await search('/pl/search/', 'historii przeglądania');
    expect(results).toContain('/pl/safety/');
    expect(results.every((href) => href.startsWith('/pl/'))).toBe(true);
    expect(status).toMatch(/^\d+ wynik/);
    // Pagefind's runtime loads only when someone searches.
    expect(beforeSearching).toBe(0);
    expect(pagefindRequests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // The words searched for never reach the address bar or history.
    expect(page.url()).toBe(`${base}/pl/search/`);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('finds English pages from the English search page, and no translations', async () => {
    const { results, context } = await search('/search/', 'browsing history');
    expect(results).toContain('/safety/');
    const prefixes = ['/pl/', '/ro/', '/uk/', '/ar/', '/ur/'];
    expect(results.filter((href) => prefixes.some((p) => href.startsWith(p)))).toEqual([]);
    await context.close();
  });

  it('finds a service by what it offers, but not by the words every service page shares', async () => {
    const found = await search('/search/', 'youth clubs');
    expect(found.results.some((href) => /^\/services\/[0-9a-f-]{36}\/$/.test(href))).toBe(true);
    await found.context.close();
    // "We last checked this information on …" is on every service page: for reading, not for finding.
    const { results, context } = await search('/search/', 'last checked');
    expect(results.filter((href) => /^\/services\/[0-9a-f-]{36}\/$/.test(href))).toEqual([]);
    await context.close();
  });

  it('searches Arabic pages from the Arabic search page', async () => {
    const { results, context } = await search('/ar/search/', 'سجل التصفح');
    expect(results).toContain('/ar/safety/');
    expect(results.every((href) => href.startsWith('/ar/'))).toBe(true);
    await context.close();
  });

  it('shows people words in excerpts, never internal codes', async () => {
    for (const [path, query] of [['/search/', 'domestic abuse'], ['/search/', 'drugs alcohol'], ['/search/', 'neglect'], ['/pl/search/', 'przemoc domowa']] as const) {
      const { page, context } = await search(path, query);
      const excerpts = await page.locator('.fhp-search-results p').allInnerTexts();
      expect(excerpts.length, query).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        // A sign's id ("l4-parenting-intoxicated"), the hidden "Link to this sign:", or a back link's words.
        expect(excerpt, query).not.toMatch(/\bl[1-4]-[a-z]+(-[a-z]+)*\b|sign:|^services /i);
      }
      await context.close();
    }
  });

  it('names the level in the links of a concern page, not a code', async () => {
    for (const path of ['/professionals/thresholds/concerns/domestic-abuse/', '/uk/professionals/thresholds/concerns/neglect/']) {
      const html = await (await fetch(base + path)).text();
      const linkTexts = [...html.matchAll(/<a [^>]*class="govuk-link fhp-indicator__ref"[^>]*>(.*?)<\/a>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
      expect(linkTexts.length, path).toBeGreaterThan(0);
      for (const text of linkTexts) expect(text, path).not.toMatch(/\bl[1-4]-[a-z]/);
      expect(linkTexts.every((text) => /[1-4]/.test(text)), path).toBe(true);
    }
  });

  it('puts help for families above guidance for professionals on family words', async () => {
    for (const query of ['domestic abuse', 'food', 'help with my child']) {
      const { results, context } = await search('/search/', query);
      expect(results.length, query).toBeGreaterThan(0);
      const firstForProfessionals = results.findIndex((href) => href.startsWith('/professionals/'));
      const lastForFamilies = results.findLastIndex((href) => !href.startsWith('/professionals/'));
      expect(results[0], query).not.toMatch(/^\/professionals\//);
      if (firstForProfessionals !== -1) expect(firstForProfessionals, `${query}: ${results.join(' ')}`).toBeGreaterThan(lastForFamilies);
      await context.close();
    }
  });

  it('says plainly when nothing matches', async () => {
    const { status, results, context } = await search('/search/', 'zzqxjv');
    expect(results).toEqual([]);
    expect(status).toBe('No results for “zzqxjv”. Try different words.');
    await context.close();
  });
});
