import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config.ts';
import { projectContent, site } from '../support/content.ts';
import { launchBrowser, watchedPage } from '../support/browser.ts';

const base = inject('siteUrl');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('alerts in the browser', () => {
  /**
   * The home page as built, with three alerts of our own put into its header (the page's own
   * script does the checking), seen at a fixed time: one alert has ended, one is on, one is
   * still to come. Built pages with real alerts are checked in tests/unit/scheduled-build.test.ts.
   */
  async function homeWithAlerts(now: string) {
    const watched = await watchedPage(browser, base);
    const banner = (id: string, starts: string, ends: string) =>
      `<div class="govuk-notification-banner" role="region" aria-labelledby="t-${id}" data-alert-starts="${starts}" data-alert-ends="${ends}" id="${id}">` +
      `<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="t-${id}">Important</h2></div>` +
      `<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Alert ${id}</p></div></div>`;
    const html = (await (await fetch(`${base}/`)).text()).replace(
      '</header>',
      banner('ended', '2030-01-01T09:00:00+00:00', '2030-01-01T15:00:00+00:00') +
        banner('on', '2030-01-01T09:00:00+00:00', '2030-01-31T17:00:00+00:00') +
        banner('soon', '2030-01-02T10:30:00+00:00', '2030-01-02T12:00:00+00:00') +
        '</header>',
    );
    await watched.context.route(`${base}/`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await watched.page.clock.install({ time: new Date(now) });
    await watched.page.goto(`${base}/`);
    return watched;
  }
  const visible = (page: import('playwright-core').Page) =>
    page.locator('#ended, #on, #soon').evaluateAll((els) => els.filter((el) => !(el as HTMLElement).hidden && getComputedStyle(el).display !== 'none').map((el) => el.id));

  it('hides an alert whose end has passed, even on a page built while it was on', async () => {
    const { page, context, consoleErrors } = await homeWithAlerts('2030-01-02T10:00:00Z');
    expect(await visible(page)).toEqual(['on']);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows an alert when its start time comes, and hides it at its end, while the page stays open', async () => {
    const { page, context } = await homeWithAlerts('2030-01-02T10:00:00Z');
    await page.clock.runFor('31:00'); // 10:31
    expect(await visible(page)).toEqual(['on', 'soon']);
    await page.clock.runFor('01:30:00'); // 12:01
    expect(await visible(page)).toEqual(['on']);
    await context.close();
  });
});

describe('updates pages', () => {
  it('filters by audience with plain links, so it works without JavaScript', async () => {
    const { page, context } = await watchedPage(browser, base, { javaScript: false });
    await page.goto(`${base}/pl/updates/`);
    const all = await page.locator('main article h2').count();
    await page.getByRole('link', { name: 'Specjaliści' }).click();
    await page.waitForURL(`${base}/pl/updates/professionals/`);
    expect(await page.locator('h1').textContent()).toBe('Aktualności dla specjalistów');
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Specjaliści');
    expect(await page.locator('main article h2').count()).toBeLessThanOrEqual(all);
    await context.close();
  });

  it('links each language’s updates page to its Atom feed, and every feed is valid Atom listing the same updates as its page', async () => {
    for (const { code } of site.locales) {
      const prefix = code === 'en' ? '' : `/${code}`;
      const html = await (await fetch(`${base}${prefix}/updates/`)).text();
      expect(html).toContain(`<link rel="alternate" type="application/atom+xml" href="${prefix}/updates/feed.xml"`);
      const res = await fetch(`${base}${prefix}/updates/feed.xml`);
      expect(res.status).toBe(200);
      const xml = await res.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const { feed } = parser.parse(xml);
      expect(feed['@xml:lang']).toBe(code);
      const entryUrls = [feed.entry ?? []].flat().map((e: { id: string }) => new URL(e.id).pathname);
      const pageUrls = [...html.matchAll(/<article[\s\S]*?<a class="govuk-link" href="([^"]+)"/g)].map((m) => m[1]);
      expect(entryUrls).toEqual(pageUrls);
    }
  });
});

describe('sitemap', () => {
  it('lists public pages in every language with their alternates, and not the editor', async () => {
    const res = await fetch(`${base}/sitemap.xml`);
    expect(res.status).toBe(200);
    // sitemap.xml is the index: one sitemap per language (more if one grows large).
    const sitemaps = [parser.parse(await res.text()).sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname);
    expect(sitemaps).toContain('/sitemap-ar.xml');
    const urls: { loc: string }[] = [];
    for (const sitemap of sitemaps) {
      const part = await fetch(`${base}${sitemap}`);
      expect(part.status, sitemap).toBe(200);
      urls.push(...[parser.parse(await part.text()).urlset.url].flat());
    }
    const paths = urls.map((u) => new URL(u.loc).pathname);
    expect(paths).toContain('/ar/updates/');
    expect(paths).toContain('/updates/families/');
    expect(paths.filter((p) => p.startsWith('/admin'))).toEqual([]);
  });
});

describe('the editor at /admin/', () => {
  it('loads in Chromium without errors and asks no other website for anything', async () => {
    const { page, context, consoleErrors, foreignRequests } = await watchedPage(browser, base);
    await page.goto(`${base}/admin/`);
    // Sveltia CMS offers to work on a local copy of the repository, on this machine.
    await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('is served with its own policy, kept out of search engines, and its config is the one made from the schemas', async () => {
    const res = await fetch(`${base}/admin/`);
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe("'self'");
    const config = await (await fetch(`${base}/admin/config.yml`)).text();
    expect(parse(config)).toEqual(JSON.parse(JSON.stringify(cmsConfig(projectContent()))));
  });

  it('leaves the public pages’ policy as strict as before', async () => {
    for (const path of ['/', '/updates/', '/pl/updates/new-phone-menu/']) {
      const csp = (await fetch(base + path)).headers.get('content-security-policy') ?? '';
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('blob:');
      expect(csp).not.toContain('github');
    }
  });
});
