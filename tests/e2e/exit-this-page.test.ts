import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { site } from '../support/content.ts';
import { launchBrowser, watchedPage } from '../support/browser.ts';

const base = inject('siteUrl');
const exitUrl = site.exitThisPage.url;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A page whose "outside world" is a stand-in for the exit site (this machine has no internet). */
async function pageWithExitSite() {
  const watched = await watchedPage(browser, base);
  await watched.context.route(`${new URL(exitUrl).origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
  return watched;
}

async function leaveBy(page: Page, how: 'button' | 'shift') {
  if (how === 'button') await page.locator('.govuk-exit-this-page__button').click();
  else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL((url) => url.href.startsWith(exitUrl), { timeout: 10_000 });
}

describe('Exit this page', () => {
  for (const how of ['button', 'shift'] as const) {
    for (const path of ['/worried/', '/ar/report-a-concern/']) {
      it(`leaves ${path} for the configured site by ${how === 'button' ? 'the button' : 'pressing Shift three times'}, forgets this tab's state, and takes the page out of history`, async () => {
        const { page, context } = await pageWithExitSite();
        await page.goto(`${base}/contact/`);
        await page.goto(base + path);
        await page.evaluate(() => sessionStorage.setItem('shortlist', 'svc-1,svc-2'));
        await leaveBy(page, how);
        expect(await page.title()).toBe('Weather');
        // Back from the neutral site skips the page that was left: it is no longer in history.
        await page.goBack();
        expect(new URL(page.url()).pathname).toBe('/contact/');
        expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
        await context.close();
      });
    }
  }

  it('hides the page at once, in the same moment it starts to leave', async () => {
    const { page, context } = await pageWithExitSite();
    await page.goto(`${base}/`);
    const hidden = await page.locator('.govuk-exit-this-page__button').evaluate((a: HTMLElement) => {
      a.click(); // the handler runs now; the new page loads after
      return {
        content: document.body.classList.contains('govuk-exit-this-page-hide-content'),
        overlay: !!document.querySelector('.govuk-exit-this-page-overlay'),
      };
    });
    expect(hidden).toEqual({ content: true, overlay: true });
    await page.waitForURL((url) => url.href.startsWith(exitUrl));
    await context.close();
  });
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the main content', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/pl/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('govuk-skip-link');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // After skipping, the next stop is inside <main>, not the header.
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await context.close();
  });

  it('reaches Exit this page by keyboard and leaves with Enter', async () => {
    const { page, context } = await pageWithExitSite();
    await page.goto(`${base}/`);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('govuk-exit-this-page__button'))) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href.startsWith(exitUrl));
    await context.close();
  });
});
