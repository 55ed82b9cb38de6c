import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, waitForIslands, watchedPage } from '../support/browser.ts';

const base = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('Near me in words', () => {
  // NB1 2AB is Northbridge Central Family Hub's own postcode: the nearest service is 0.0 miles away.
  for (const [prefix, button, nearest] of [['/pl', 'Pokaż usługi', /^mniej niż 1 mila stąd$/], ['/ar', null, /^على بعد أقل من /]] as const) {
    it(`says "less than 1 mile", never "0 miles" (${prefix}, 360 px)`, async () => {
      const { page, context, consoleErrors } = await watchedPage(browser, base);
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${base}${prefix}/services/`);
      await waitForIslands(page);
      await page.locator('#filter-category').selectOption('family-hubs');
      await page.locator('#filter-postcode').fill('NB1 2AB');
      if (button) await page.getByRole('button', { name: button }).click();
      else await page.locator('#filter-postcode').press('Enter');
      await page.locator('.fhp-distance').first().waitFor();
      const shown = (await page.locator('.fhp-distance').allTextContents()).map((t) => t.trim());
      expect(shown[0]).toMatch(nearest);
      for (const text of shown) expect(text).not.toMatch(/(^|[^\d.,])0 (mil|ميل)/);
      // The postcode stays on this device: not in the address.
      expect(page.url()).toBe(`${base}${prefix}/services/`);
      await page.locator('.fhp-distance').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/near-me${prefix.replace('/', '-')}-360.png` });
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }
});
