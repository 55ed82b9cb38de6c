/**
 * The three request forms and "Check your request", in Chromium against wrangler dev with
 * a local D1: with JavaScript (one part per page) and without (one page, the Worker answers).
 */
import { axeViolations } from '../support/axe.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { site } from '../support/content.ts';
import { forms, type Values } from '../../src/request/forms.ts';
import { requestKinds, type RequestKind } from '../../src/request/schema.ts';
import { launchBrowser, waitForIslands, watchedPage } from '../support/browser.ts';
import { answer } from '../support/form-answers.ts';
import { readFileSync } from 'node:fs';

/** The words a person sees, from the site's own locale files. */
const messages = (code: string) => JSON.parse(readFileSync(`content/i18n/${code}.json`, 'utf8'));
const sentTitle = (code: string, kind: RequestKind): string => {
  const m = messages(code).requestForms;
  return m.forms[kind].sent?.title ?? m.sent.title;
};

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
    worries: 'Riley is often hungry and tired.', familyConsent: 'yes', email: 'pat@school.example',
  },
};

/** Answers the questions on screen, in the form's order, as a person would. */
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
        await expect.poll(() => page.locator('.govuk-caption-l').textContent(), { timeout: 10_000 }).toContain(`${i + 1}`);
        await answer(page, kind, answers[kind], i);
        await page.getByRole('button', { name: 'Continue' }).click();
      }
      await expect.poll(() => page.locator('h1').textContent()).toBe('Check your answers before sending');
      const checkText = await page.locator('main').textContent();
      for (const v of Object.values(answers[kind]).flat().filter((v): v is string => typeof v === 'string' && v.length > 4 && !/^[a-z-]+$/.test(v))) expect(checkText).toContain(v);
      await page.getByRole('button', { name: 'Send' }).click();
      const reference = await page.locator('[data-reference]').textContent({ timeout: 10_000 });
      expect(reference).toMatch(/^FHP-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
      expect(await page.locator('[data-status-code]').textContent()).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
      expect(await page.locator('main').textContent()).toContain('within one working day');
      // The island names the new screen in the title just after it draws it.
      await expect.poll(() => page.title(), { timeout: 10_000 }).toMatch(new RegExp(`^${sentTitle('en', kind)}`));
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
      await expect.poll(() => page.locator('[data-status]').getAttribute('data-status'), { message: `JavaScript ${javaScript}`, timeout: 10_000 }).toBe('received');
      await context.close();
    }
  });
});

describe('the forms in every language', () => {
  it('are accessible (axe) with errors showing, on check your answers and on the confirmation', async () => {
    const failures: string[] = [];
    const { page, context, consoleErrors } = await watchedPage(browser, base);
    const axe = async (where: string) => {
      failures.push(...(await axeViolations(page)).map((v) => `${where}: ${v}`));
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
  }, 600_000); // 24 axe runs: over a minute a language when the machine is busy
});

/**
 * Tried as its people would: on a 360×740 phone, in every language, with JavaScript and
 * without. Every "(optional)" question left empty; a required one left out is refused on
 * its own part (or, without JavaScript, in an error summary).
 */
const onlyRequired: Record<RequestKind, Values> = {
  'ask-for-help': { name: 'Sam Example', 'children.0.name': 'Alex', helpWith: ['money'], message: 'The bills are piling up.', safeToContact: 'no', consent: 'yes' },
  'report-a-concern': { dangerNow: 'no', concern: 'A toddler is often alone on the balcony.', anonymous: 'yes' },
  // A teacher with a work phone and no email, about a child whose name they do not know.
  professional: { name: 'Pat Teacher', role: 'Class teacher', agency: 'Northbridge Primary', requestType: 'consultation', level: 'unsure', worries: 'A pupil is often hungry.', familyConsent: 'yes', phone: '0113 496 0000' },
};

async function phonePage(javaScript: boolean) {
  const watched = await watchedPage(browser, base, { javaScript, width: 360 });
  await watched.page.setViewportSize({ width: 360, height: 740 });
  return watched;
}

/** The hrefs of the error summary's links. */
const summaryLinks = (page: Page) => page.locator('.govuk-error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe('on a phone, in every language', () => {
  for (const { code } of site.locales) {
    const prefix = code === 'en' ? '' : `/${code}`;
    const words = messages(code).requestForms;

    it(`${code}, with JavaScript: nothing takes focus as a form loads; each required answer is refused on its own part; every optional one may be empty`, async () => {
      const { page, context, consoleErrors } = await phonePage(true);
      for (const kind of requestKinds) {
        await page.goto(`${base}${prefix}${forms[kind].path}`);
        await waitForIslands(page);
        expect(await page.evaluate(() => document.activeElement === document.body), `${code} ${kind} focus on load`).toBe(true);
      }

      // Ask for help: parts 1 to 3, then part 4 ("Contacting you") sent empty.
      await page.goto(`${base}${prefix}/ask-for-help/`);
      await waitForIslands(page);
      const submit = () => page.locator('main form button[type=submit]').click();
      for (let i = 0; i < 3; i++) {
        await answer(page, 'ask-for-help', onlyRequired['ask-for-help'], i);
        await submit();
      }
      await page.locator('input[name="safeToContact"]').first().waitFor();
      await submit();
      await expect.poll(() => summaryLinks(page)).toEqual(['#safeToContact']);
      expect(await page.locator('.govuk-caption-l').textContent()).toContain('4');
      // "Phone call" with no number and no answer about messages: refused here, not at Send.
      await page.locator('input[name="safeToContact"][value="yes"]').check();
      await page.locator('input[name="contactWays"][value="phone"]').check();
      await page.locator('input[name="phone"]').waitFor();
      expect(await page.locator('label[for="phone"]').textContent()).not.toContain(words.optional);
      await submit();
      await expect.poll(() => summaryLinks(page)).toEqual(['#phone', '#leaveMessage']);
      for (const href of await summaryLinks(page)) expect(await page.locator(`[id="${href!.slice(1)}"]`).count()).toBe(1);
      await page.locator('input[name="phone"]').fill('07700 900123');
      await page.locator('input[name="leaveMessage"][value="no"]').check();
      await submit();
      // Part 5: the consent links to the privacy notice, in a new tab so no answer is lost.
      const privacy = page.locator(`main a[href="${prefix}/privacy/"]`);
      await privacy.waitFor();
      expect(await privacy.getAttribute('target')).toBe('_blank');
      await submit();
      await expect.poll(() => summaryLinks(page)).toEqual(['#consent']);
      await page.locator('input[name="consent"]').check();
      await submit();
      await page.locator('.govuk-summary-list').first().waitFor();
      await page.locator('main button.govuk-button').last().click();
      await page.locator('[data-reference]').waitFor({ timeout: 15_000 });
      // The reference is on one line, and the office hours are a link.
      expect(await page.locator('[data-reference]').evaluate((el) => el.getClientRects().length === 1 && el.getBoundingClientRect().height < 80)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await page.locator('main a', { hasText: words.sent.contactPageLink }).getAttribute('href')).toBe(`${prefix}/contact/`);

      // Each form sent with every "(optional)" question left empty.
      for (const kind of requestKinds) {
        await page.goto(`${base}${prefix}${forms[kind].path}`);
        await waitForIslands(page);
        for (let i = 0; i < forms[kind].sections.length; i++) {
          await page.locator('.govuk-caption-l').waitFor();
          await answer(page, kind, onlyRequired[kind], i);
          await submit();
        }
        await page.locator('.govuk-summary-list').first().waitFor({ timeout: 15_000 });
        await page.locator('main button.govuk-button').last().click();
        await page.locator('[data-reference]').waitFor({ timeout: 15_000 });
        expect(await page.locator('h1').textContent(), `${code} ${kind}`).toBe(sentTitle(code, kind));
      }
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    it(`${code}, without JavaScript: questions only some people answer say when; each form sends with its optional questions empty`, async () => {
      const { page, context } = await phonePage(false);
      // On the anonymous concern form, "Your name" does not look required: it says when to answer it.
      await page.goto(`${base}${prefix}/report-a-concern/`);
      const nameLabel = await page.locator('label[for="name"]').textContent();
      expect(nameLabel).not.toContain(words.optional);
      expect(await page.locator('#name-hint').textContent()).toContain(words.options.anonymous.no);

      // A professional who gives neither a phone nor an email is asked for one of them.
      await page.goto(`${base}${prefix}/professionals/request-support/`);
      const { phone: _phone, ...noWayToReach } = onlyRequired.professional;
      await answer(page, 'professional', noWayToReach);
      await submitWithoutJs(page, words.continue);
      expect(await summaryLinks(page)).toEqual(['#phone', '#email']);

      for (const kind of requestKinds) {
        await page.goto(`${base}${prefix}${forms[kind].path}`);
        await answer(page, kind, onlyRequired[kind]);
        await submitWithoutJs(page, words.continue);
        expect(await page.locator('h1').textContent(), `${code} ${kind}`).toBe(words.checkTitle);
        await submitWithoutJs(page, words.send);
        expect(await page.locator('h1').textContent(), `${code} ${kind}`).toBe(sentTitle(code, kind));
        expect(await page.locator('[data-reference]').textContent()).toMatch(/^FHP-/);
      }
      await context.close();
    });
  }

  it('links an error only the server can find to its question’s Change link on Check your answers', async () => {
    const { page, context } = await phonePage(true);
    await page.goto(`${base}/report-a-concern/`);
    await waitForIslands(page);
    for (let i = 0; i < forms['report-a-concern'].sections.length; i++) {
      await answer(page, 'report-a-concern', onlyRequired['report-a-concern'], i);
      await page.locator('main form button[type=submit]').click();
    }
    await page.locator('.govuk-summary-list').first().waitFor();
    // As after a deploy: a Worker with a newer rule refuses an answer this page let through.
    await page.route('**/api/requests', (route) =>
      route.fulfill({ status: 422, contentType: 'application/problem+json', body: JSON.stringify({ errors: [{ field: 'concern', code: 'tooLong' }, { field: 'language', code: 'invalid' }] }) }),
    );
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => summaryLinks(page)).toEqual(['#change-concern']);
    expect(await page.locator('.govuk-error-summary li').count()).toBe(2);
    await page.locator('.govuk-error-summary a').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('change-concern');
    await context.close();
  });
});
