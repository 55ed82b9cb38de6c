import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { site } from '../support/content.ts';
import { launchBrowser, watchedPage } from '../support/browser.ts';

const base = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('languages', () => {
  it('switches to the same page in another language, each named in its own language', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/ur/worried/`);
    const links = await page.locator('.govuk-language-navigation a').evaluateAll((as) =>
      as.map((a) => ({ text: a.textContent, lang: a.getAttribute('lang'), hreflang: a.getAttribute('hreflang'), href: a.getAttribute('href') })),
    );
    expect(links).toEqual(
      site.locales.filter((l) => l.code !== 'ur').map((l) => ({ text: l.name, lang: l.code, hreflang: l.code, href: l.code === 'en' ? '/worried/' : `/${l.code}/worried/` })),
    );
    await page.getByRole('link', { name: 'Polski' }).click();
    await page.waitForURL(`${base}/pl/worried/`);
    expect(await page.locator('h1').textContent()).toBe('Martwisz się o dziecko?');
    await context.close();
  });

  it('mirrors Arabic and Urdu pages: text starts on the right, borders sit on the start side', async () => {
    const { page, context } = await watchedPage(browser, base);
    for (const [path, dir] of [['/services/', 'ltr'], ['/ar/services/', 'rtl'], ['/ur/services/', 'rtl']] as const) {
      await page.goto(base + path);
      const layout = await page.evaluate(() => {
        const inset = getComputedStyle(document.querySelector('.govuk-inset-text')!);
        const h1 = document.querySelector('h1')!.getBoundingClientRect();
        const main = document.querySelector('main')!.getBoundingClientRect();
        return {
          dir: getComputedStyle(document.body).direction,
          borderLeft: inset.borderLeftWidth,
          borderRight: inset.borderRightWidth,
          headingGapLeft: Math.round(h1.left - main.left),
          headingGapRight: Math.round(main.right - h1.right),
        };
      });
      expect(layout.dir, path).toBe(dir);
      if (dir === 'rtl') {
        expect(layout.borderRight, path).not.toBe('0px');
        expect(layout.borderLeft, path).toBe('0px');
      } else {
        expect(layout.borderLeft, path).not.toBe('0px');
        expect(layout.borderRight, path).toBe('0px');
      }
    }
    await context.close();
  });

  it('keeps phone numbers in the right order inside right-to-left text', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/ar/contact/`);
    const phone = page.locator(`a[href="tel:${site.contact.outOfHours.phone.replace(/\s/g, '')}"]`).first();
    expect(await phone.textContent()).toBe(site.contact.outOfHours.phone);
    expect(await phone.evaluate((a) => getComputedStyle(a).direction)).toBe('ltr');
    await context.close();
  });

  it('says when a translation is a draft, and links to the English page', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/ro/ask-for-help/`);
    const banner = page.locator('[data-translation-status="draft"]');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.locator('a').getAttribute('href')).toBe('/ask-for-help/');
    await page.goto(`${base}/ask-for-help/`);
    expect(await page.locator('[data-translation-status="draft"]').count()).toBe(0);
    await context.close();
  });

  it('shows "page not found" in the language of the address', async () => {
    for (const [path, title] of [['/uk/nothing-here/', 'Сторінку не знайдено'], ['/nothing-here/', 'Page not found']]) {
      const res = await fetch(base + path);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain(`<h1 class="govuk-heading-xl">${title}</h1>`);
    }
  });
});
