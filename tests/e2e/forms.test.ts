/**
 * The three request forms and "Check your request", in Chromium against wrangler dev with
 * a local D1: with JavaScript (one part per page) and without (one page, the Worker answers).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { site } from '../../src/site/config.ts';
import { forms, type Values } from '../../src/request/forms.ts';
import type { RequestKind } from '../../src/request/schema.ts';
import { launchBrowser, waitForIslands, watchedPage } from '../support/browser.ts';

const base = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const answers: Record<RequestKind, Values> = {
  'ask-for-help': {
    name: 'Sam Example', 'children.0.name': 'Alex', 'children.0.age': '4', helpWith: ['money', 'parenting'],
    message: 'Bedtimes are a battle and the bills are piling up.', phone: '07700 900123', safeToContact: 'yes', contactWays: ['text'], consent: 'yes',
  },
  'report-a-concern': { dangerNow: 'no', concern: 'A toddler is often alone on the balcony at number 9.', childAge: 'about 2', anonymous: 'yes' },
  professional: {
    name: 'Pat Teacher', role: 'Designated safeguarding lead', agency: 'Northbridge Primary', requestType: 'consultation', childName: 'Riley', level: '2',
    worries: 'Riley is often hungry and tired.', familyConsent: 'yes', email: 'pat@school.example', safeToContact: 'yes', contactWays: ['email'],
  },
};

/** Answers the questions on screen, in the form's order, as a person would. */
async function answer(page: Page, kind: RequestKind, values: Values, sectionIndex?: number) {
  const sections = sectionIndex === undefined ? forms[kind].sections : [forms[kind].sections[sectionIndex]!];
  const names = sections.flatMap((s) => s.fields.flatMap((f) => (f.type === 'children' ? Object.keys(values).filter((k) => k.startsWith('children.')) : [f.name])));
  for (const name of names) {
    const value = values[name];
    if (value === undefined) continue;
    for (const v of ([] as string[]).concat(value)) {
      const choice = page.locator(`input[name="${name}"][value="${v}"]:is([type=radio],[type=checkbox])`);
      if (await choice.count()) await choice.check();
      else await page.locator(`[name="${name}"]:is(input,textarea)`).fill(v);
    }
  }
}

/** Presses a button that sends a plain form, and waits for the page that answers. */
async function submitWithoutJs(page: Page, name: string) {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name, exact: true }).click()]);
}

async function privacyOf(page: Page) {
  return page.evaluate(() => ({ url: location.href, history: history.length, session: sessionStorage.length, local: localStorage.length, cookies: document.cookie }));
}

describe('with JavaScript: one part per page, check your answers, then a confirmation', () => {
  for (const kind of Object.keys(forms) as RequestKind[]) {
    it(`${kind}: sends, shows a reference and status code, and leaves nothing in the address, history or storage`, async () => {
      const { page, context, foreignRequests, consoleErrors } = await watchedPage(browser, base);
      await page.goto(`${base}${forms[kind].path}`);
      await waitForIslands(page);
      const before = await privacyOf(page);
      for (let i = 0; i < forms[kind].sections.length; i++) {
        await expect.poll(() => page.locator('.govuk-caption-l').textContent()).toContain(`${i + 1}`);
        await answer(page, kind, answers[kind], i);
        await page.getByRole('button', { name: 'Continue' }).click();
      }
      await expect.poll(() => page.locator('h1').textContent()).toBe('Check your answers before sending');
      const checkText = await page.locator('main').textContent();
      for (const v of Object.values(answers[kind]).flat().filter((v) => v!.length > 4 && !/^[a-z-]+$/.test(v!))) expect(checkText).toContain(v);
      await page.getByRole('button', { name: 'Send' }).click();
      const reference = await page.locator('[data-reference]').textContent({ timeout: 10_000 });
      expect(reference).toMatch(/^FHP-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
      expect(await page.locator('[data-status-code]').textContent()).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
      expect(await page.locator('main').textContent()).toContain('within one working day');
      // The island names the new screen in the title just after it draws it.
      await expect.poll(() => page.title()).toMatch(/^We have your request/);
      const after = await privacyOf(page);
      expect(after).toEqual(before);
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('announces problems in an error summary that takes focus and links to each question', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/ask-for-help/`);
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.locator('[role=alert]').count()).toBe(1);
    await summary.getByRole('link', { name: 'Enter your name' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('name');
    expect(await page.title()).toMatch(/^There is a problem|^Error/);
    await context.close();
  });

  it('stops at "Is a child in danger right now? Yes" and says call 999 first', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/report-a-concern/`);
    await waitForIslands(page);
    await page.locator('input[name="dangerNow"][value="yes"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Call 999 now');
    expect(await page.locator('a[href="tel:999"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('forgets every answer when Exit this page is used', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/report-a-concern/`);
    await waitForIslands(page);
    await answer(page, 'report-a-concern', answers['report-a-concern'], 0);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('[name="concern"]').fill('Something private');
    await page.route(site.exitThisPage.url, (route) => route.fulfill({ body: 'weather' }));
    await page.locator('.govuk-exit-this-page__button').first().click();
    await page.waitForURL(site.exitThisPage.url);
    await page.goBack();
    expect(await page.content()).not.toContain('Something private');
    await context.close();
  });
});

describe('without JavaScript: one page, the Worker answers with check your answers and the confirmation', () => {
  for (const kind of Object.keys(forms) as RequestKind[]) {
    it(`${kind}: works end to end, with errors shown first`, async () => {
      const { page, context } = await watchedPage(browser, base, { javaScript: false });
      await page.goto(`${base}${forms[kind].path}`);
      await submitWithoutJs(page, 'Continue');
      expect(await page.title()).toMatch(/^Error:/);
      expect(await page.locator('.govuk-error-summary a').count()).toBeGreaterThan(0);
      await answer(page, kind, answers[kind]);
      await submitWithoutJs(page, 'Continue');
      expect(await page.locator('h1').textContent()).toBe('Check your answers before sending');
      await submitWithoutJs(page, 'Send');
      expect(await page.locator('[data-reference]').textContent()).toMatch(/^FHP-/);
      expect(new URL(page.url()).search).toBe('');
      await context.close();
    });
  }
});

describe('checking a request', () => {
  it('shows the status for the reference and code, with JavaScript and without', async () => {
    const res = await fetch(`${base}/api/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base },
      body: JSON.stringify({ kind: 'report-a-concern', language: 'en', dangerNow: 'no', concern: 'Status check test.', anonymous: 'yes' }),
    });
    const { reference, statusCode } = (await res.json()) as { reference: string; statusCode: string };
    for (const javaScript of [true, false]) {
      const { page, context } = await watchedPage(browser, base, { javaScript });
      await page.goto(`${base}/check-status/`);
      if (javaScript) await waitForIslands(page);
      await page.getByLabel('Your reference').fill(reference.toLowerCase());
      await page.getByLabel('Your status code').fill(statusCode);
      if (javaScript) await page.getByRole('button', { name: 'Check', exact: true }).click();
      else await submitWithoutJs(page, 'Check');
      await expect.poll(() => page.locator('[data-status]').getAttribute('data-status'), { message: `JavaScript ${javaScript}` }).toBe('received');
      await context.close();
    }
  });
});

describe('the forms in every language', () => {
  it('are accessible (axe) with errors showing, on check your answers and on the confirmation', async () => {
    const failures: string[] = [];
    const { page, context, consoleErrors } = await watchedPage(browser, base);
    const axe = async (where: string) => {
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      failures.push(...result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));
    };
    for (const { code } of site.locales) {
      const prefix = code === 'en' ? '' : `/${code}`;
      await page.goto(`${base}${prefix}/report-a-concern/`);
      await waitForIslands(page);
      await page.locator('form button[type=submit]').click();
      await page.locator('.govuk-error-summary').waitFor();
      await axe(`${code} errors`);
      await answer(page, 'report-a-concern', answers['report-a-concern'], 0);
      for (let i = 0; i < forms['report-a-concern'].sections.length; i++) {
        await answer(page, 'report-a-concern', answers['report-a-concern'], i);
        await page.locator('form button[type=submit]').click();
      }
      await page.locator('.govuk-summary-list').first().waitFor({ timeout: 15_000 });
      await axe(`${code} check`);
      await page.locator('main button.govuk-button').last().click();
      await page.locator('[data-reference]').waitFor({ timeout: 15_000 });
      await axe(`${code} sent`);
      // The page the Worker answers a plain form post with (here posted by the form's own
      // submit(), past the island, so axe can run in the page).
      await page.goto(`${base}${prefix}/ask-for-help/`);
      await Promise.all([page.waitForNavigation(), page.evaluate(() => document.querySelector<HTMLFormElement>('main form')!.submit())]);
      await page.locator('.govuk-error-summary').waitFor({ timeout: 15_000 });
      await axe(`${code} errors from the Worker`);
    }
    await context.close();
    expect(failures).toEqual([]);
    // The Worker's pages keep their inline scripts working under its policy: no CSP errors.
    // (The browser does note the error page's 422 status: that one is meant.)
    expect(consoleErrors.filter((e) => !/status of 422/.test(e))).toEqual([]);
  });
});
