import { axeViolations } from '../support/axe.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDirectory, site } from '../support/content.ts';
import { shortlistKey } from '../../src/directory/shortlist.ts';
import { launchBrowser, waitForIslands, watchedPage } from '../support/browser.ts';

const base = inject('siteUrl');
const active = loadDirectory().services.filter((s) => s.status === 'active').sort((a, b) => a.name.localeCompare(b.name, 'en'));
// One service added from its own page, one from the filter results (a category it is in).
const first = active.find((s) => s.service_at_locations.length > 0 && s.schedules.length > 0)!;
const second = active.find((s) => s.id !== first.id && s.categories.length > 0 && s.phones.length > 0)!;
const exitUrl = site.exitThisPage.url;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const listedNames = (page: Page) => page.locator('.fhp-shortlist__item h3 a').allTextContents();
async function waitForNames(page: Page, count: number) {
  await page.waitForFunction((n) => document.querySelectorAll('.fhp-shortlist__item h3 a').length === n, count);
}

describe('the shortlist', () => {
  it('adds from a service page and from the filter results, lists, prints as a clean document, shares only ids, and is cleared by Exit', async () => {
    const { page, context, foreignRequests, consoleErrors } = await watchedPage(browser, base);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await context.route(`${new URL(exitUrl).origin}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title>' }));

    // 1. From the service page, by keyboard.
    await page.goto(`${base}/services/${first.id}/`);
    await waitForIslands(page);
    const add = page.getByRole('button', { name: 'Add to shortlist' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.fhp-shortlist-button [role=status]').textContent()).resolves.toBe('Added to your shortlist. 1 service on your shortlist.');
    expect(await page.getByRole('button', { name: 'Remove from shortlist' }).count()).toBe(1);

    // 2. From the filter results.
    await page.goto(`${base}/services/`);
    await waitForIslands(page);
    await page.locator('#filter-category').selectOption(second.categories[0]!);
    const result = page.locator('.fhp-search-results li').filter({ has: page.getByRole('link', { name: second.name, exact: true }) });
    await result.getByRole('button', { name: `Add to shortlist ${second.name}` }).click();
    await page.getByText('Added to your shortlist. 2 services on your shortlist.').waitFor();

    // 3. The shortlist page lists both, from this tab's sessionStorage only.
    await page.getByRole('link', { name: 'View your shortlist' }).click();
    await waitForIslands(page);
    await waitForNames(page, 2);
    expect(await listedNames(page)).toEqual([first.name, second.name]);
    const stored = await page.evaluate(() => ({ session: Object.keys(sessionStorage), local: localStorage.length, cookie: document.cookie }));
    expect(stored).toEqual({ session: [shortlistKey], local: 0, cookie: '' });
    expect(await page.locator('.fhp-shortlist__item').first().getByRole('link', { name: /^0\d{3} / }).count()).toBeGreaterThan(0);
    // A number keeps its note from the directory, as on the service's own page.
    const noted = second.phones.find((p) => p.description)!;
    const secondItem = page.locator('.fhp-shortlist__item').nth(1);
    expect(await secondItem.locator('.govuk-summary-list__value', { has: page.getByRole('link', { name: noted.number }) }).textContent()).toContain(noted.description);

    // 4. Printed: no header, navigation, Exit this page, buttons or footer; the services stay.
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.govuk-generic-header', '.govuk-exit-this-page', '.govuk-footer', '.govuk-back-link', '.fhp-shortlist .govuk-button']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.getByRole('heading', { name: first.name }).isVisible()).toBe(true);
    const printedLinks = await page.locator('.fhp-shortlist__item h3 a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printedLinks).toMatch(/^(none|normal)$/); // no "(/services/…)" after each name
    await page.emulateMedia({ media: 'screen' });

    // 5. The share link carries the ids and nothing else.
    await page.getByRole('button', { name: 'Copy a link to this list' }).click();
    await page.waitForFunction(() => document.querySelector('.fhp-shortlist [role=status]')!.textContent !== '');
    expect(await page.locator('.fhp-shortlist [role=status]').first().textContent()).toMatch(/^Link copied/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${base}/services/shortlist/#ids=${first.id},${second.id}`);

    // 6. A fresh browser (no sessionStorage) opens the same list and can keep it.
    const fresh = await watchedPage(browser, base);
    await fresh.page.goto(link);
    await waitForIslands(fresh.page);
    await waitForNames(fresh.page, 2);
    expect(await listedNames(fresh.page)).toEqual([first.name, second.name]);
    expect(await fresh.page.getByText('Someone shared this list with you').count()).toBe(1);
    expect(await fresh.page.evaluate((key) => sessionStorage.getItem(key), shortlistKey)).toBeNull();
    await fresh.page.getByRole('button', { name: 'Keep this list' }).click();
    await fresh.page.getByText('These services are now on your shortlist.').waitFor();
    expect(JSON.parse((await fresh.page.evaluate((key) => sessionStorage.getItem(key), shortlistKey))!)).toEqual([first.id, second.id]);
    expect(new URL(fresh.page.url()).hash).toBe('');
    expect(fresh.foreignRequests).toEqual([]);
    await fresh.context.close();

    // 7. Exit this page empties it: nothing in storage, the shortlist page gone from history
    // (Back shows the page before it), and nothing on the list when it is opened again.
    await page.locator('.govuk-exit-this-page__button').click();
    await page.waitForURL((url) => url.href.startsWith(exitUrl));
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/services/');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.goto(`${base}/services/shortlist/`);
    await waitForIslands(page);
    expect(await page.locator('.fhp-shortlist__item').count()).toBe(0);
    expect(await page.getByText('Your shortlist is empty.').count()).toBe(1);

    expect(foreignRequests.filter((u) => !u.startsWith(new URL(exitUrl).origin))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('removes a service and announces it', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/services/shortlist/`);
    await page.evaluate(([key, ids]) => sessionStorage.setItem(key!, JSON.stringify(ids)), [shortlistKey, [first.id, second.id]] as const);
    await page.reload();
    await waitForIslands(page);
    await waitForNames(page, 2);
    await page.getByRole('button', { name: `Remove from shortlist ${first.name}` }).click();
    await waitForNames(page, 1);
    await page.waitForFunction(() => document.querySelector('.fhp-shortlist [role=status]')!.textContent === 'Removed from your shortlist.');
    expect(await listedNames(page)).toEqual([second.name]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('1 service on your shortlist');
    await context.close();
  });

  it('without JavaScript, explains that it needs JavaScript and how to print a service page', async () => {
    const { page, context } = await watchedPage(browser, base, { javaScript: false });
    await page.goto(`${base}/services/shortlist/`);
    expect(await page.getByText('Your shortlist needs JavaScript.').isVisible()).toBe(true);
    expect(await page.getByText('open the service’s page and print it').isVisible()).toBe(true);
    // A service page offers no button that could do nothing.
    await page.goto(`${base}/services/${first.id}/`);
    expect(await page.getByRole('button', { name: 'Add to shortlist' }).count()).toBe(0);
    await context.close();
    const withJs = await watchedPage(browser, base);
    await withJs.page.goto(`${base}/services/shortlist/`);
    await waitForIslands(withJs.page);
    expect(await withJs.page.getByText('Your shortlist needs JavaScript.').isVisible()).toBe(false);
    await withJs.context.close();
  });

  for (const { code } of site.locales) {
    it(`${code}: is accessible (axe) with services on it, right to left where the language is`, async () => {
      const { page, context, consoleErrors } = await watchedPage(browser, base);
      const path = `${code === 'en' ? '' : `/${code}`}/services/shortlist/`;
      await page.goto(base + path);
      await page.evaluate(([key, ids]) => sessionStorage.setItem(key!, JSON.stringify(ids)), [shortlistKey, [first.id, second.id]] as const);
      await page.reload();
      await waitForIslands(page);
      await waitForNames(page, 2);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(site.locales.find((l) => l.code === code)!.dir);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }
});
