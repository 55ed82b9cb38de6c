import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { site } from '../support/content.ts';
import { launchBrowser, watchedPage } from '../support/browser.ts';
import { builtPages } from '../support/built-pages.ts';

/** Small things people noticed on the journeys: the Back arrow, paper copies, the feed, editors' notes. */
const base = inject('siteUrl');
const siteAddress = site.service.url.replace(/\/$/, '');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Where a Back link's arrow and its words are across the line, and which way the arrow points. */
function backLinkLayout(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => {
    const rtl = getComputedStyle(el).direction === 'rtl';
    const box = el.getBoundingClientRect();
    const arrow = getComputedStyle(el, '::before');
    const size = parseFloat(arrow.width);
    const offset = parseFloat(rtl ? arrow.right : arrow.left);
    // The arrow is a square turned by 45°: it reaches half its diagonal either side of its centre.
    const centre = offset + size / 2;
    const arrowEnd = centre + (size * Math.SQRT2) / 2;
    const range = document.createRange();
    range.selectNodeContents(el);
    const words = range.getBoundingClientRect();
    const wordsStart = rtl ? box.right - words.right : words.left - box.left;
    const [a] = new DOMMatrix(arrow.transform).toFloat64Array();
    return { rtl, gap: Math.round((wordsStart - arrowEnd) * 10) / 10, pointsRight: a! > 0 };
  });
}

describe('the Back link', () => {
  const service = builtPages().find((p) => /^\/services\/[0-9a-f-]{36}\/$/.test(p))!;
  for (const [prefix, rtl] of [['', false], ['/ar', true], ['/ur', true]] as const) {
    it(`keeps its arrow clear of the first letter and pointing back (${prefix || '/'}: ${rtl ? 'right' : 'left'}), as a link and as a button`, async () => {
      const { page, context } = await watchedPage(browser, base, { width: 360 });
      await page.goto(`${base}${prefix}${service}`);
      const link = await backLinkLayout(page, 'a.govuk-back-link');
      expect(link.rtl).toBe(rtl);
      expect(link.gap).toBeGreaterThanOrEqual(2);
      expect(link.pointsRight).toBe(rtl);
      // The forms' Back is a button (it goes back a step, not to another page): same classes as src/request/RequestForm.tsx.
      await page.locator('main').evaluate((main) => main.insertAdjacentHTML('afterbegin', '<button type="button" class="govuk-back-link fhp-link-button" id="back-button">Back</button>'));
      const button = await backLinkLayout(page, '#back-button');
      expect(button.gap).toBeGreaterThanOrEqual(2);
      expect(button.pointsRight).toBe(rtl);
      await context.close();
    });
  }
});

describe('threshold pages on paper', () => {
  it('print a concern page with the version box, and links with the site address', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/pl/professionals/thresholds/concerns/housing/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.fhp-document-details').isVisible()).toBe(true);
    const link = page.locator('main a.govuk-link[href^="/"]').first();
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(`(${siteAddress}`);
    await context.close();
  });
});

describe('updates', () => {
  it('serve each language’s feed as Atom', async () => {
    for (const { code } of site.locales) {
      const res = await fetch(`${base}${code === 'en' ? '' : `/${code}`}/updates/feed.xml`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml\b/);
    }
  });

  it('never show editors’ notes about when an update appears on the published page', async () => {
    const pages = builtPages().filter((p) => /\/updates\/(?!families\/|professionals\/|partners\/)[^/]+\/$/.test(p));
    expect(pages.length).toBeGreaterThan(0);
    for (const path of pages) {
      const html = await (await fetch(base + path)).text();
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      expect(main, path).not.toMatch(/scheduled|appears on the site|no longer appears/i);
    }
  });
});
