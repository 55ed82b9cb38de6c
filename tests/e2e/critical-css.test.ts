import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { site } from '../support/content.ts';
import { launchBrowser, waitForIslands } from '../support/browser.ts';
import { builtPages } from '../support/built-pages.ts';

/**
 * The first screen paints from the first round trip: the CSS inline in each page (its critical
 * parts, src/styles/critical-parts.mjs) styles everything on it, so the page looks the same
 * before the whole stylesheet (at the end of <body>) arrives as after: no flash of unstyled
 * content, and nothing to move when it comes. Each page is drawn twice, once with the whole
 * stylesheet held back, and every element on its first screen is compared: place, size,
 * colours, borders and type.
 */
const base = inject('siteUrl');
const codes = site.locales.map((l) => l.code);
const prefix = (code: string) => (code === 'en' ? '' : `/${code}`);
const screens = [{ width: 360, height: 740 }, { width: 1280, height: 800 }];
const wholeStylesheet = /\/_astro\/site\.[\w-]+\.css$/;

// Every kind of page: each page that is one of a kind, and the first of each kind there are many of.
const manyOfAKind = [/^\/services\/[0-9a-f-]{36}\/$/, /^\/services\/categories\//, /^\/services\/a-z\//, /^\/worried\/s\//, /^\/professionals\/thresholds\/concerns\//];
const english = builtPages().filter((p) => p.endsWith('/') && !p.startsWith('/admin/') && !p.startsWith('/staff/') && !codes.some((c) => c !== 'en' && p.startsWith(`/${c}/`)));
const kinds = [...english.filter((p) => !manyOfAKind.some((kind) => kind.test(p))), ...manyOfAKind.map((kind) => english.find((p) => kind.test(p))!), '/no-such-page/'];
// Pages whose islands change their first screen once they run.
const islandPages = ['/services/', '/ask-for-help/', '/report-a-concern/', '/professionals/request-support/', '/worried/', '/search/', '/check-status/', '/professionals/thresholds/indicators/', '/services/shortlist/', kinds.find((p) => manyOfAKind[0]!.test(p))!];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Each element on the first screen, by its place in the page: where it is and how it looks. */
function firstScreen(page: Page) {
  return page.evaluate(() => {
    const all = [...document.body.querySelectorAll('*')];
    // Each element by its place in the document (tags and positions from <body>), not by its
    // number: an island that has drawn one element more or fewer by the time of the drawing
    // moves every number after it, and that is not the CSS's doing.
    const keyOf = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) parts.unshift(`${e.tagName}${[...(e.parentElement?.children ?? [])].indexOf(e)}`);
      return parts.join('/');
    };
    const looks: Record<string, string> = {};
    const present: string[] = [];
    all.forEach((el) => {
      const i = keyOf(el);
      present.push(i);
      const r = el.getBoundingClientRect();
      if (r.bottom <= 0 || r.top >= innerHeight || (r.width === 0 && r.height === 0)) return;
      // Only what is on the first screen: below it, a box may end elsewhere.
      const bottom = Math.min(r.bottom, innerHeight);
      const s = getComputedStyle(el);
      const what = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
      looks[i] = `${what} at ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(bottom - r.top)}; ${s.color} on ${s.backgroundColor}; ${s.fontSize} ${s.fontWeight} ${s.fontFamily.slice(0, 12)} ${s.textDecorationLine}; border ${s.borderTopWidth} ${s.borderTopColor} ${s.borderInlineStartWidth} ${s.borderInlineStartColor}; ${s.visibility} ${s.opacity}`;
    });
    // Each stylesheet, and how many rules it brought (one held back brings none, and cannot be read).
    const rules = (sheet: CSSStyleSheet) => {
      try {
        return sheet.cssRules.length;
      } catch {
        return 0;
      }
    };
    return { looks, present, sheets: [...document.styleSheets].map((sheet) => ({ href: sheet.href ?? 'inline', rules: rules(sheet) })) };
  });
}

async function contexts(javaScript: boolean, viewport: { width: number; height: number }): Promise<[BrowserContext, BrowserContext]> {
  const whole = await browser.newContext({ javaScriptEnabled: javaScript, viewport });
  const critical = await browser.newContext({ javaScriptEnabled: javaScript, viewport });
  await critical.route(wholeStylesheet, (route) => route.abort());
  return [whole, critical];
}

/** What differs between each page's first screen with its inline CSS alone and with the whole stylesheet. */
async function differences(paths: string[], javaScript: boolean) {
  const failures: string[] = [];
  for (const viewport of screens) {
    const [whole, critical] = await contexts(javaScript, viewport);
    const [withWhole, withCritical] = [await whole.newPage(), await critical.newPage()];
    for (const path of paths) {
      const draw = async (page: Page) => {
        await page.goto(base + path, { waitUntil: 'load' });
        if (javaScript) {
          // Hydrated, and their first effects run: an island may draw more once it has started.
          await waitForIslands(page);
          await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), { timeout: 2000 })));
        }
        return firstScreen(page);
      };
      // Both at once, in their own tabs: each waits mostly on the browser.
      const [full, inline] = await Promise.all([draw(withWhole), draw(withCritical)]);
      const where = `${path} at ${viewport.width}×${viewport.height}`;
      // The two drawings are what they say: the whole stylesheet in one, only inline CSS in the other.
      if (!full.sheets.some((s) => wholeStylesheet.test(s.href) && s.rules > 0)) failures.push(`${where}: the whole stylesheet is not linked`);
      if (inline.sheets.some((s) => s.href !== 'inline' && s.rules > 0)) failures.push(`${where}: the whole stylesheet was not held back`);
      // Elements both drawings have: each must look the same, and be on the first screen in both or neither.
      const inBoth = new Set(full.present.filter((key) => inline.present.includes(key)));
      const changed = Object.keys({ ...full.looks, ...inline.looks }).filter((key) => inBoth.has(key) && full.looks[key] !== inline.looks[key]);
      for (const key of changed.slice(0, 3)) failures.push(`${where}: ${inline.looks[key] ?? 'not on screen'} — with the whole stylesheet: ${full.looks[key] ?? 'not on screen'}`);
      // Almost all of the page is the same document in both: a check that the comparison compares.
      if (inBoth.size < Math.min(full.present.length, inline.present.length) * 0.9) failures.push(`${where}: the two drawings are not the same page (${inBoth.size} elements in common)`);
    }
    await whole.close();
    await critical.close();
  }
  return failures;
}

describe('the first screen with only the CSS inline in the page', () => {
  for (const code of ['en', 'ar']) {
    it(`looks as it does with the whole stylesheet, on every kind of page (${kinds.length}), ${code}, JavaScript off`, async () => {
      expect(await differences(kinds.map((p) => prefix(code) + p), false)).toEqual([]);
    }, 600_000);
  }

  it('looks as it does with the whole stylesheet once the islands have run (English, Ukrainian, Arabic)', async () => {
    expect(await differences(['en', 'uk', 'ar'].filter((c) => codes.includes(c)).flatMap((code) => islandPages.map((p) => prefix(code) + p)), true)).toEqual([]);
  }, 600_000);
});
