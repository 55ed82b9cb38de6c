import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations as axe } from '../support/axe.ts';
import { launchBrowser, waitForIslands, watchedPage } from '../support/browser.ts';
import { loadDirectory, site, loadPostcodeTable } from '../support/content.ts';
import { isStale } from '../../src/directory/describe.ts';
import { errorsOf, validatePage, validateService } from '../support/oruk-schemas.ts';
import { findPostcode } from '../../src/directory/postcodes.ts';
import { milesBetween } from '../../src/directory/distance.ts';

const base = inject('siteUrl');
const directory = loadDirectory();
const active = directory.services.filter((s) => s.status === 'active');
const stale = active.find((s) => isStale(s.assured_date, new Date(), site.directory.staleAfterDays))!;
const fresh = active.find((s) => !isStale(s.assured_date, new Date(), site.directory.staleAfterDays))!;

describe('the ORUK API served by the Worker', () => {
  it('says what it is at /openreferral/', async () => {
    const res = await fetch(`${base}/openreferral/`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ version: '3.0' });
  });

  it('lists every service in valid ORUK pages', async () => {
    const res = await fetch(`${base}/openreferral/services?page=2&per_page=20`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total_items: number; contents: unknown[] };
    expect(validatePage(body) ? [] : errorsOf(validatePage)).toEqual([]);
    expect(body.total_items).toBe(directory.services.length);
    expect(body.contents).toHaveLength(Math.min(20, directory.services.length - 20));
  });

  it('gives one service as a valid ORUK record', async () => {
    const res = await fetch(`${base}/openreferral/services/${fresh.id}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { name: string };
    expect(validateService(body) ? [] : errorsOf(validateService)).toEqual([]);
    expect(body.name).toBe(fresh.name);
  });

  it('answers a bad page with 400 and an unknown id with 404, in JSON', async () => {
    const bad = await fetch(`${base}/openreferral/services?page=abc`);
    expect([bad.status, bad.headers.get('Content-Type')]).toEqual([400, 'application/json; charset=utf-8']);
    const unknown = await fetch(`${base}/openreferral/services/00000000-0000-4000-8000-000000000000`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('a service page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('writes opening times and days the GOV.UK way, as the contact page does', async () => {
    const youthClubs = active.find((s) => s.name === 'Youth clubs')!;
    expect(youthClubs.schedules[0]).toMatchObject({ byday: 'MO,WE,FR', opens_at: '18:00', closes_at: '21:00' });
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/services/${youthClubs.id}/`);
    expect(await page.getByText('Monday, Wednesday and Friday: 6pm to 9pm', { exact: true }).count()).toBe(1);
    await context.close();
  });

  it('warns when the entry was last checked too long ago, and not otherwise', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/services/${stale.id}/`);
    await expect(page.locator('.govuk-warning-text').textContent()).resolves.toMatch(/may be out of date/);
    await page.goto(`${base}/services/${fresh.id}/`);
    expect(await page.locator('.govuk-warning-text').count()).toBe(0);
    expect(await page.getByText('We last checked this information on').count()).toBe(1);
    await context.close();
  });

  it('has a report link naming the service, and in Polish marks the English description and offers an interpreter', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/pl/services/${fresh.id}/`);
    const href = await page.getByRole('link', { name: 'Zgłoś problem z tymi informacjami' }).getAttribute('href');
    expect(decodeURIComponent(href!)).toBe(`mailto:${site.contact.email}?subject=Problem z informacją o usłudze: ${fresh.name}`);
    await expect(page.locator('p[lang="en"]', { hasText: fresh.description.slice(0, 40) }).count()).resolves.toBe(1);
    await expect(page.getByText('Ten opis jest tylko po angielsku').count()).resolves.toBe(1);
    await context.close();
  });

  it('is listed under each of its categories and in the A to Z', async () => {
    const { page, context } = await watchedPage(browser, base);
    for (const category of fresh.categories) {
      await page.goto(`${base}/services/categories/${category}/`);
      expect(await page.getByRole('link', { name: fresh.name, exact: true }).count(), category).toBe(1);
    }
    // From the directory's front page, by the A to Z: the letter's own page lists it.
    await page.goto(`${base}/services/`);
    await page.getByRole('navigation', { name: 'Jump to a letter' }).getByRole('link', { name: fresh.name[0]!.toUpperCase(), exact: true }).click();
    await page.waitForURL(/\/services\/a-z\/[a-z0-9]\/$/);
    expect(await page.locator('main').getByRole('heading', { level: 1 }).textContent()).toBe(`Services starting with ${fresh.name[0]!.toUpperCase()}`);
    expect(await page.locator('main ul.govuk-list').getByRole('link', { name: fresh.name, exact: true }).count()).toBe(1);
    await context.close();
  });

  for (const code of ['en', 'uk', 'ar']) {
    it(`${code}: the A to Z pages together list every service once, one letter to a page`, async () => {
      const { page, context } = await watchedPage(browser, base);
      const prefix = code === 'en' ? '' : `/${code}`;
      await page.goto(`${base}${prefix}/services/`);
      const letters = await page.locator('.fhp-az-nav a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      const listed: string[] = [];
      for (const href of letters) {
        await page.goto(href);
        expect(await page.locator('.fhp-az-nav a[aria-current=page]').getAttribute('href')).toBe(new URL(href).pathname);
        listed.push(...(await page.locator('main ul.govuk-list a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))));
      }
      expect(listed.length).toBe(active.length);
      expect(new Set(listed)).toEqual(new Set(active.map((s) => `${prefix}/services/${s.id}/`)));
      await context.close();
    });
  }
});

describe('a need found in any language (site search of the built site: the Worker\'s finder and Pagefind)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  // What a parent might type, in each language of the site, for a need the directory has.
  // Service descriptions are in English: the other languages find them by their categories' words.
  const needs: [category: string, words: Record<string, string>][] = [
    ['speech-language', { en: 'speech therapist', pl: 'logopeda', ro: 'logoped', uk: 'логопед', ar: 'أخصائي النطق', ur: 'ہکلاہٹ' }],
    ['food', { en: 'food bank', pl: 'bank żywności', ro: 'bancă de alimente', uk: 'продовольчий банк', ar: 'بنك الطعام', ur: 'فوڈ بینک' }],
    ['domestic-abuse', { en: 'domestic violence', pl: 'przemoc w rodzinie', ro: 'violență în familie', uk: 'насильство в сім’ї', ar: 'العنف المنزلي', ur: 'گھریلو تشدد' }],
    ['bereavement', { en: 'grief', pl: 'żałoba', ro: 'doliu', uk: 'горе', ar: 'الحزن', ur: 'غم' }],
    ['housing', { en: 'eviction', pl: 'eksmisja', ro: 'evacuare', uk: 'виселення', ar: 'الإخلاء', ur: 'بے دخلی' }],
    ['mental-health', { en: 'depression', pl: 'depresja', ro: 'depresie', uk: 'депресія', ar: 'الاكتئاب', ur: 'ڈپریشن' }],
    ['send', { en: 'autism', pl: 'autyzm', ro: 'autism', uk: 'аутизм', ar: 'التوحد', ur: 'آٹزم' }],
    ['parental-conflict', { en: 'divorce', pl: 'rozwód', ro: 'divorț', uk: 'розлучення', ar: 'الطلاق', ur: 'طلاق' }],
    ['school-attendance', { en: 'truancy', pl: 'wagary', ro: 'chiul', uk: 'прогули', ar: 'التغيب عن المدرسة', ur: 'اسکول نہ جانا' }],
    ['drugs-alcohol', { en: 'addiction', pl: 'uzależnienie', ro: 'dependență', uk: 'залежність', ar: 'الإدمان', ur: 'نشے کی لت' }],
    ['midwifery-health-visiting', { en: 'pregnant', pl: 'ciąża', ro: 'sarcină', uk: 'вагітність', ar: 'حامل', ur: 'حاملہ' }],
    ['online-safety', { en: 'cyberbullying', pl: 'cyberprzemoc', ro: 'hărțuire online', uk: 'кібербулінг', ar: 'التنمر الإلكتروني', ur: 'سوشل میڈیا' }],
  ];

  for (const { code } of site.locales) {
    it(`${code}: each need's services come first when searched for on the ${code} search page`, async () => {
      const prefix = code === 'en' ? '' : `/${code}`;
      const { page, context, foreignRequests } = await watchedPage(browser, base);
      const misses: string[] = [];
      for (const [category, words] of needs) {
        const query = words[code]!;
        // As a parent would: the site's search box, in this language, then the first five results.
        await page.goto(`${base}${prefix}/search/`);
        await waitForIslands(page);
        await page.locator('#site-search').fill(query);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => /[^…\s]$/.test(document.getElementById('search-status')!.textContent ?? ''));
        const top = (await page.locator('.fhp-search-results a').evaluateAll((links) => links.slice(0, 5).map((a) => a.getAttribute('href')))) as string[];
        // A service's English name on another language's page is marked as English (WCAG 3.1.2).
        if (code !== 'en') {
          const unmarked = await page.locator('.fhp-search-results a[href*="/services/"]:not([lang="en"])').evaluateAll((links) => links.map((a) => a.textContent));
          const english = new Set(active.filter((s) => !s.translations[code]?.name).map((s) => s.name));
          if (unmarked.some((name) => english.has(name!))) misses.push(`"${query}": English names not marked lang="en": ${unmarked.join(', ')}`);
        }
        const want = new Set(active.filter((s) => s.categories.includes(category)).map((s) => `${prefix}/services/${s.id}/`));
        const expectedFirst = Math.min(5, want.size);
        const right = top.slice(0, expectedFirst).filter((url) => want.has(url)).length;
        if (right < expectedFirst) misses.push(`"${query}" (${category}): ${right} of the top ${expectedFirst} are ${category} services; got ${top.join(' ')}`);
      }
      expect(misses).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }
});

describe('filtering the directory (with JavaScript)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  /** Services in a category that take a child of this age, worked out from the content itself. */
  const expected = (category: string, age: number) =>
    active.filter((s) => s.categories.includes(category) && (s.minimum_age ?? 0) <= age && age <= (s.maximum_age ?? 99)).map((s) => s.name).sort();

  const cases: [string, string, number][] = [['en', 'parenting', 3], ['en', 'mental-health', 15], ['pl', 'send', 20]];
  for (const [locale, category, age] of cases) {
    it(`${locale}: ${category} for a ${age}-year-old finds exactly the matching services and announces how many`, async () => {
      const want = expected(category, age);
      expect(want.length).toBeGreaterThan(0);
      const { page, context, foreignRequests } = await watchedPage(browser, base);
      await page.goto(`${base}${locale === 'en' ? '' : `/${locale}`}/services/`);
      await waitForIslands(page);
      await page.locator('#filter-category').selectOption(category);
      await page.locator('#filter-age').selectOption(String(age));
      await page.waitForFunction(() => /\d/.test(document.getElementById('filter-status')!.textContent ?? '') && !document.getElementById('filter-status')!.textContent!.endsWith('…'));
      await page.waitForTimeout(300); // let the last answer win over an earlier, slower one
      const names = (await page.locator('.fhp-filters .fhp-search-results a').allTextContents()).map((n) => n.trim()).sort();
      expect(names).toEqual(want);
      expect(await page.locator('#filter-status[role=status]').textContent()).toContain(String(want.length));
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }

  it('free only and "contact myself" narrow the list further', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/services/`);
    await waitForIslands(page);
    await page.locator('#filter-category').selectOption('send');
    await page.locator('#filter-free').check();
    await page.locator('#filter-self').check();
    await page.waitForTimeout(800);
    const names = (await page.locator('.fhp-filters .fhp-search-results a').allTextContents()).map((n) => n.trim()).sort();
    const want = active.filter((s) => s.categories.includes('send') && s.cost_options.length === 0 && s.referral.includes('self')).map((s) => s.name).sort();
    expect(names).toEqual(want);
    await context.close();
  });
});

describe('filtering the directory without JavaScript (the form posts to the Worker)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  const takes = (s: (typeof active)[number], age: number) => (s.minimum_age ?? 0) <= age && age <= (s.maximum_age ?? 99);
  /** axe needs JavaScript in the page: the same answer, posted by the form's own submit() past the island. */
  async function axeOfAnswer(path: string, fill: (page: import('playwright-core').Page) => Promise<void>) {
    const { page, context } = await watchedPage(browser, base, { width: 320 });
    await page.goto(`${base}${path}`);
    await waitForIslands(page);
    await fill(page);
    await Promise.all([page.waitForURL(`${base}/api/forms/services`), page.evaluate(() => document.querySelector<HTMLFormElement>('form.fhp-filters')!.submit())]);
    await page.locator('#filters-heading').waitFor();
    const violations = await axe(page);
    await context.close();
    return violations;
  }

  const cases: [locale: string, category: string, age: number, words: string][] = [
    ['en', 'parenting', 3, ''], ['pl', 'send', 3, 'logopeda'], ['ro', 'mental-health', 15, ''], ['uk', 'money', 4, 'банк їжі'], ['ar', 'youth', 14, ''], ['ur', 'domestic-abuse', 10, ''],
  ];
  for (const [locale, category, age, words] of cases) {
    it(`${locale}: ${category}, age ${age}${words ? `, "${words}"` : ''}: a page of exactly the matching services, nothing in the address, axe clean at 320 px`, async () => {
      const prefix = locale === 'en' ? '' : `/${locale}`;
      const { page, context, foreignRequests } = await watchedPage(browser, base, { javaScript: false, width: 320 });
      await page.goto(`${base}${prefix}/services/`);
      if (words) await page.locator('#filter-words').fill(words);
      await page.locator('#filter-category').selectOption(category);
      await page.locator('#filter-age').selectOption(String(age));
      const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('.fhp-filters button[type=submit]').click()]);
      await page.waitForLoadState();
      expect(answer.status()).toBe(200);
      expect(answer.headers()['cache-control']).toBe('no-store');
      expect(answer.headers()['referrer-policy']).toBe('no-referrer');
      // The choices are in the POST body only: not in the address, so not in history either.
      expect(page.url()).toBe(`${base}/api/forms/services`);
      const want = active.filter((s) => s.categories.includes(category) && takes(s, age)).filter((s) => !words || (category === 'send' ? s.categories.includes('speech-language') : s.categories.includes('food')));
      expect(want.length).toBeGreaterThan(0);
      const got = await page.locator('.fhp-filters .fhp-search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect([...got].sort()).toEqual(want.map((s) => `${prefix}/services/${s.id}/`).sort());
      expect(await page.locator('#filter-status').textContent()).toContain(String(want.length));
      // The form keeps what was chosen, to change it and ask again.
      expect(await page.locator('#filter-category').inputValue()).toBe(category);
      expect(await page.locator('#filter-age').inputValue()).toBe(String(age));
      expect(await page.locator('#filter-words').inputValue()).toBe(words);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.title()).toMatch(/: /);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(foreignRequests).toEqual([]);
      await context.close();
      expect(await axeOfAnswer(`${prefix}/services/`, async (p) => {
        await p.locator('#filter-words').fill(words);
        await p.locator('#filter-category').selectOption(category);
        await p.locator('#filter-age').selectOption(String(age));
      })).toEqual([]);
    }, 400_000);
  }

  it('sorts by distance from a postcode, and a postcode it cannot use gets a GOV.UK error summary and a field error', async () => {
    const { page, context } = await watchedPage(browser, base, { javaScript: false });
    await page.goto(`${base}/services/`);
    await page.locator('#filter-category').selectOption('parenting');
    await page.locator('#filter-postcode').fill('NB9 8HU');
    await page.locator('.fhp-filters button[type=submit]').click();
    await page.waitForURL(`${base}/api/forms/services`);
    expect(await page.locator('#filter-status').textContent()).toMatch(/Nearest first\.$/);
    const miles = (await page.locator('.fhp-distance').allTextContents()).map((t) => Number.parseFloat(t));
    expect(miles.length).toBeGreaterThan(0);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    await page.locator('#filter-postcode').fill('LS1 4AP');
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('.fhp-filters button[type=submit]').click()]);
    expect(answer.status()).toBe(422);
    await page.waitForLoadState();
    expect(await page.locator('.govuk-error-summary a[href="#filter-postcode"]').textContent()).toMatch(/Enter a postcode in the Northbridge Council area/);
    expect(await page.locator('#filter-postcode-error').textContent()).toMatch(/^Error: /);
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator('.fhp-search-results').count()).toBe(0);
    await context.close();
    expect(await axeOfAnswer('/services/', async (p) => {
      await p.locator('#filter-category').selectOption('parenting');
      await p.locator('#filter-postcode').fill('LS1 4AP');
    })).toEqual([]);
  }, 400_000);
});

describe('the first results with JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('come in under 60 kB of requests after a category is chosen (printed)', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/services/`);
    await waitForIslands(page);
    await page.waitForLoadState('networkidle');
    const requests: import('playwright-core').Request[] = [];
    page.on('requestfinished', (r) => requests.push(r));
    await page.locator('#filter-category').selectOption('parenting');
    await page.waitForFunction(() => /\d/.test(document.getElementById('filter-status')!.textContent ?? '') && !document.getElementById('filter-status')!.textContent!.endsWith('…'));
    await page.locator('.fhp-search-results a').first().waitFor();
    const sizes = await Promise.all(requests.map(async (r) => ({ url: new URL(r.url()).pathname, ...(await r.sizes()) })));
    const bytes = sizes.reduce((sum, s) => sum + s.responseBodySize + s.responseHeadersSize + s.requestBodySize + s.requestHeadersSize, 0);
    console.log(`first results with JavaScript: ${(bytes / 1000).toFixed(1)} kB over ${sizes.length} requests (${sizes.map((s) => s.url).join(', ')})`);
    expect(await page.locator('.fhp-search-results a').count()).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(60_000);
    await context.close();
  });
});

describe('near me and areas (with JavaScript)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  const postcodes = loadPostcodeTable()!;
  const placesOf = (s: (typeof active)[number]) => s.service_at_locations.map((sal) => directory.locations.get(sal.location_id)!).map((l) => [l.latitude!, l.longitude!] as [number, number]);
  /** Miles from a postcode to a service's nearest place, from the content itself. */
  const milesTo = (from: [number, number], name: string) => Math.min(...placesOf(active.find((s) => s.name === name)!).map((p) => milesBetween(from, p)));

  async function filtered(path: string, set: (page: import('playwright-core').Page) => Promise<void>) {
    const { page, context, foreignRequests } = await watchedPage(browser, base);
    await page.goto(`${base}${path}`);
    await waitForIslands(page);
    await set(page);
    await page.waitForFunction(() => /\d/.test(document.getElementById('filter-status')!.textContent ?? '') && !document.getElementById('filter-status')!.textContent!.endsWith('…'));
    await page.waitForTimeout(300);
    const names = async (selector: string) => (await page.locator(selector).allTextContents()).map((n) => n.trim());
    return { page, context, foreignRequests, near: await names('.fhp-search-results:not(.fhp-no-place) > li > a'), noPlace: await names('.fhp-no-place > li > a') };
  }

  for (const [category, postcode] of [['parenting', 'NB9 8HU'], ['family-hubs', 'nb7 5ln'], ['send', 'NB1 2']] as const) {
    it(`${category} from ${postcode}: nearest first by the content's own distances, online and phone services after`, async () => {
      const from = findPostcode(postcodes, postcode);
      if (!from.ok) throw new Error(`${postcode} is not in the table`);
      const inCategory = active.filter((s) => s.categories.includes(category));
      const { page, context, foreignRequests, near, noPlace } = await filtered('/services/', async (p) => {
        await p.locator('#filter-category').selectOption(category);
        await p.locator('#filter-postcode').fill(postcode);
        await p.getByRole('button', { name: 'Show services' }).click();
      });
      expect([...near].sort()).toEqual(inCategory.filter((s) => placesOf(s).length).map((s) => s.name).sort());
      expect([...noPlace].sort()).toEqual(inCategory.filter((s) => !placesOf(s).length).map((s) => s.name).sort());
      const distances = near.map((name) => milesTo(from.point, name));
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(await page.locator('#filter-status').textContent()).toMatch(/Nearest first\.$/);
      if (noPlace.length) expect(await page.getByRole('heading', { name: 'Online or by phone' }).count()).toBe(1);
      expect(await page.locator('.fhp-distance').count()).toBe(near.length);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }

  const bad: [string, string, string, RegExp][] = [
    ['en', 'not a postcode', '/services/', /^Error: Enter a real postcode, like NB\d/],
    ['en', 'LS1 4AP', '/services/', /^Error: Enter a postcode in the Northbridge Council area, like NB\d/],
    ['ar', 'xx', '/ar/services/', /^خطأ: أدخل رمزًا بريديًا صحيحًا/],
  ];
  for (const [locale, postcode, path, message] of bad) {
    it(`${locale}: "${postcode}" gets a clear error on the field, not an empty list`, async () => {
      const { page, context } = await watchedPage(browser, base);
      await page.goto(`${base}${path}`);
      await waitForIslands(page);
      await page.locator('#filter-postcode').fill(postcode);
      await page.locator('#filter-postcode').press('Enter');
      await page.locator('#filter-postcode-error').waitFor();
      expect((await page.locator('#filter-postcode-error').textContent())!.trim()).toMatch(message);
      expect(await page.locator('.govuk-form-group--error #filter-postcode.govuk-input--error').count()).toBe(1);
      expect(await page.locator('#filter-postcode').getAttribute('aria-describedby')).toContain('filter-postcode-error');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-postcode');
      expect(await page.locator('.fhp-search-results').count()).toBe(0);
      expect(await page.locator('#filter-status').textContent()).not.toBe('');
      await context.close();
    });
  }

  it('the area filter finds exactly the services with a place in that town, and the service page names its area', async () => {
    const town = 'Eastfold';
    const want = active.filter((s) => s.service_at_locations.some((sal) => directory.locations.get(sal.location_id)!.city === town)).map((s) => s.name).sort();
    expect(want.length).toBeGreaterThan(0);
    const { page, context, near } = await filtered('/services/', async (p) => {
      await p.locator('#filter-area').selectOption(town);
    });
    expect([...near].sort()).toEqual(want);
    await page.locator('.fhp-search-results').getByRole('link', { name: want[0], exact: true }).click();
    expect(await page.locator('p', { hasText: 'Area:' }).textContent()).toContain(town);
    await context.close();
  });
});

describe('the new directory parts pass axe (WCAG 2.2 AA and best practice) in a right-to-left language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('ur: results sorted by distance with a service added to the shortlist, then a postcode error', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/ur/services/`);
    await waitForIslands(page);
    await page.locator('#filter-category').selectOption('parenting');
    await page.locator('#filter-postcode').fill('NB4 3DF');
    await page.locator('#filter-postcode').press('Enter');
    await page.locator('.fhp-distance').first().waitFor();
    await page.locator('.fhp-shortlist-add').first().click();
    expect(await axe(page)).toEqual([]);
    await page.locator('#filter-postcode').fill('??');
    await page.locator('#filter-postcode').press('Enter');
    await page.locator('#filter-postcode-error').waitFor();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('ar: a service page with its shortlist button pressed', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/ar/services/${fresh.id}/`);
    await waitForIslands(page);
    await page.locator('.fhp-shortlist-button button').click();
    await page.locator('.fhp-shortlist-button a').waitFor();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
