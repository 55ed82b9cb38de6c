/**
 * The staff workspace end to end, in Chromium against wrangler dev with a local D1, the local
 * sign-in stand-in (src/build/local-issuer.ts) and the Notify stand-in: a parent asks for help
 * in Polish; staff sign in, find it at the top of the queue, open it, record Family Help; the
 * parent's status check says so in Polish, they get an email saying only that there is an
 * update, and the insight page counts it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forms, type Values } from '../../src/request/forms.ts';
import { localAudience, signLocalToken, startLocalIssuer, type LocalIssuer } from '../../src/build/local-issuer.ts';
import { axeViolations as axe } from '../support/axe.ts';
import { launchBrowser, waitForIslands, watchedPage } from '../support/browser.ts';
import { answer } from '../support/form-answers.ts';
import { startNotifyStub, type NotifyStub } from '../support/notify-stub.ts';
import { applyMigrations, freePort, queryLocalDb, startSite, type RunningSite } from '../support/site-server.ts';
import { namedConcern, validProfessional } from '../fixtures/requests.ts';
import { allPaths } from '../../src/worried/engine.ts';
import { loadFlow } from '../support/content.ts';
import pl from '../../content/i18n/pl.json';

const persistTo = mkdtempSync(join(tmpdir(), 'fhp-staff-'));
const issuerFile = join(persistTo, 'local-issuer.json');
const updateTemplate = '0c5e7a8b-2d4f-4a6b-8c9d-1e2f3a4b5c6d';
let browser: Browser;
let site: RunningSite;
let issuer: LocalIssuer;
let notify: NotifyStub;
const shots = 'tests/.tmp';
// Pages draw after their API call: wait as long as a busy machine needs (never a fixed sleep).
const poll = <T,>(fn: () => Promise<T> | T, options: { timeout?: number } = {}) => expect.poll(fn, { timeout: 20_000, ...options });

beforeAll(async () => {
  const port = await freePort();
  issuer = await startLocalIssuer({ siteUrl: `http://127.0.0.1:${port}`, file: issuerFile });
  notify = await startNotifyStub();
  applyMigrations(persistTo);
  site = await startSite(persistTo, port, {
    LOCAL_ISSUER: 'true', ACCESS_TEAM_DOMAIN: issuer.url, ACCESS_AUD: localAudience,
    NOTIFY_BASE_URL: notify.url, NOTIFY_API_KEY: notify.apiKey,
    NOTIFY_TEMPLATE_REQUEST: 'f33517ff-2a88-4f6e-b855-c550268ce08a', NOTIFY_FHP_EMAIL: 'front-door@northbridge.example',
    NOTIFY_TEMPLATE_UPDATE: updateTemplate, RATE_LIMIT_PER_MINUTE: '1000',
  }, ['--test-scheduled']);
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await issuer?.close();
  await notify?.close();
  rmSync(persistTo, { recursive: true, force: true });
});

const parentAnswers: Values = {
  name: 'Ola Przykład', 'children.0.name': 'Zosia', 'children.0.age': '6', helpWith: ['parenting'],
  message: 'Córka nie chce chodzić do szkoły i nie śpi w nocy.', email: 'ola@example.com', safeToContact: 'yes', contactWays: ['email'], confirmByEmail: 'yes', consent: 'yes',
};

describe('the Family Help Point team’s workspace', () => {
  let reference = '';
  let statusCode = '';
  let professionalReference = '';

  it('refuses the staff pages to someone not signed in', async () => {
    const res = await fetch(`${site.url}/staff/`);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('FHP-');
    // `npm run -s staff-token` signs the same way: its token lets a script in.
    const token = signLocalToken(issuerFile, 'duty.manager@northbridge.example');
    expect((await fetch(`${site.url}/api/staff/requests`, { headers: { 'Cf-Access-Jwt-Assertion': token } })).status).toBe(200);
    expect((await fetch(`${site.url}/api/staff/requests`, { headers: { 'Cf-Access-Jwt-Assertion': signLocalToken(issuerFile, 'someone@gmail.example') } })).status).toBe(403);
  });

  it('a parent asks for help in Polish', async () => {
    const { page, context } = await watchedPage(browser, site.url, { width: 360 });
    await page.goto(`${site.url}/pl/ask-for-help/`);
    await waitForIslands(page);
    for (let i = 0; i < forms['ask-for-help'].sections.length; i++) {
      await answer(page, 'ask-for-help', parentAnswers, i);
      await page.getByRole('button', { name: pl.requestForms.continue, exact: true }).click();
    }
    // The question she said yes to told her: emails when we have it and when we have decided.
    expect(await page.locator('main').textContent()).toContain(pl.requestForms.forms['ask-for-help'].fields.confirmByEmail.label);
    await page.getByRole('button', { name: pl.requestForms.send, exact: true }).click();
    reference = (await page.locator('[data-reference]').textContent({ timeout: 10_000 }))!;
    statusCode = (await page.locator('[data-status-code]').textContent())!;
    expect(reference).toMatch(/^FHP-/);
    await context.close();
    // A later request from a professional who asked for emails: the parent's, received first, stays at the top.
    const later = await fetch(`${site.url}/api/requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: site.url }, body: JSON.stringify({ ...validProfessional, confirmByEmail: 'yes' }) });
    expect(later.status).toBe(201);
    professionalReference = ((await later.json()) as { reference: string }).reference;
  });

  it('staff sign in, see it at the top of the queue with its due time, open it (audited) and record Family Help', async () => {
    const { page, context, foreignRequests, consoleErrors } = await watchedPage(browser, site.url, { width: 360 });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${issuer.url}/`);
    await page.getByLabel('Work email address').fill('duty.manager@northbridge.example');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${site.url}/staff/`);
    const firstRow = page.locator('[data-queue] tbody tr').first();
    await page.locator('[data-queue], [role=status]:not(:empty), [role=alert]').first().waitFor({ timeout: 15_000 });
    await poll(() => page.locator('main').textContent(), { timeout: 20_000 }).toContain(reference);
    expect(await firstRow.getAttribute('data-reference')).toBe(reference);
    expect(await firstRow.locator('td').nth(1).textContent()).toBe('Polski');
    expect(await firstRow.locator('[data-due]').textContent()).toMatch(/^(Mon|Tue|Wed|Thu|Fri) \d{1,2} \w{3} \d{4}, (17:00|16:30)$/);
    expect(await firstRow.locator('[data-state]').getAttribute('data-state')).toMatch(/^(green|amber|red)$/);
    expect(await page.locator('main').textContent()).not.toContain('Ola');
    // GOV.UK tables, from the staff pages' own stylesheet: the site's font and a rule under each row.
    const cell = await firstRow.locator('td').first().evaluate((td) => { const style = getComputedStyle(td); return { border: `${style.borderBottomWidth} ${style.borderBottomStyle}`, font: style.fontFamily }; });
    expect(cell).toEqual({ border: '1px solid', font: expect.stringMatching(/^system-ui/) });
    // That stylesheet is the staff pages' own: the home page does not load it (npm run size counts it against the public budget if any public page did).
    const own = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname));
    const publicCss = [...(await (await fetch(`${site.url}/`)).text()).matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(own.filter((href) => !publicCss.includes(href))).toHaveLength(1);
    expect(await axe(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${shots}/staff-queue.png`, fullPage: true });

    // Keyboard: Tab to the reference link and open it.
    await page.locator(`a[href="/staff/requests/${reference}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/staff/requests/${reference}`);
    await poll(() => page.locator('h1').textContent()).toBe(`Request ${reference}`);
    expect(await page.locator('[data-details]').textContent()).toContain('Córka nie chce chodzić do szkoły');
    const opened = queryLocalDb<{ actor: string }>(persistTo, `SELECT actor FROM audit WHERE reference = '${reference}' AND event = 'opened'`);
    expect(opened).toEqual([{ actor: 'duty.manager@northbridge.example' }]);
    expect(await page.locator('[data-history]').textContent()).toContain('duty.manager@northbridge.example');

    // Nothing chosen: the GOV.UK error summary, focused, links to each problem.
    await page.getByRole('button', { name: 'Record the decision' }).click();
    const summary = page.locator('.govuk-error-summary');
    await poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.locator('a').allTextContents()).toEqual(['Choose what happens next', 'Give a reason for the decision']);
    expect(await axe(page)).toEqual([]);

    await page.getByLabel('Family Help with a lead practitioner').check();
    await page.getByLabel('Reason').fill('Needs are at level 2: a lead practitioner from the Family Hub.');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await poll(() => page.locator('[data-saved]').textContent()).toContain('Decision recorded: Family Help with a lead practitioner.');
    expect(await page.locator('[data-saved]').textContent()).toContain('They will get an email');
    await poll(() => page.locator('[data-notes]').textContent()).toContain('a lead practitioner from the Family Hub');
    await page.screenshot({ path: `${shots}/staff-request.png`, fullPage: true });
    expect(await axe(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Off the queue now.
    await page.goto(`${site.url}/staff/`);
    await poll(() => page.locator('[data-queue] tbody tr').count()).toBe(1);
    expect(await page.locator(`[data-reference="${reference}"]`).count()).toBe(0);
    expect(foreignRequests.filter((u) => !u.startsWith(issuer.url))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the parent’s status check shows the decision in Polish, and they get an email saying only that there is an update', async () => {
    const { page, context } = await watchedPage(browser, site.url, { width: 360 });
    await page.goto(`${site.url}/pl/check-status/`);
    await waitForIslands(page);
    await page.locator('#reference').fill(reference);
    await page.locator('#statusCode').fill(statusCode);
    await page.getByRole('button', { name: pl.checkStatus.submit, exact: true }).click();
    await poll(() => page.locator('[data-outcome]').textContent()).toBe(pl.checkStatus.outcomes['family-help']);
    expect(await page.locator('[data-status]').textContent()).toContain(pl.checkStatus.outcomeTitle);
    await context.close();

    expect((await fetch(`${site.url}/cdn-cgi/local/scheduled?cron=*/5+*+*+*+*`)).status).toBe(200);
    await poll(() => notify.sent.filter((m) => m.template_id === updateTemplate).length, { timeout: 30_000 }).toBe(1);
    const update = notify.sent.find((m) => m.template_id === updateTemplate)!;
    expect(update.email_address).toBe('ola@example.com');
    expect(update.personalisation).toEqual({ reference });
  });

  it('the professional who asked gets the same email on a decision; someone who reported a concern and asked for the email saying we have it does not', async () => {
    const sendJson = (path: string, body: object, headers: Record<string, string> = {}) =>
      fetch(`${site.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: site.url, ...headers }, body: JSON.stringify(body) });
    const concern = await sendJson('/api/requests', { ...namedConcern('Kim Neighbour', 'kim@home.example', 'I hear a small child crying alone at night.'), confirmByEmail: 'yes' });
    expect(concern.status).toBe(201);
    const concernReference = ((await concern.json()) as { reference: string }).reference;
    const signedIn = { 'Cf-Access-Jwt-Assertion': signLocalToken(issuerFile, 'duty.manager@northbridge.example') };
    for (const ref of [professionalReference, concernReference]) {
      expect((await sendJson(`/api/staff/requests/${ref}/decision`, { outcome: 'family-help', reason: 'A lead practitioner from the Family Hub.' }, signedIn)).status).toBe(200);
    }
    expect((await fetch(`${site.url}/cdn-cgi/local/scheduled?cron=*/5+*+*+*+*`)).status).toBe(200);
    await poll(() => notify.sent.filter((m) => m.template_id === updateTemplate).length, { timeout: 30_000 }).toBe(2);
    const updates = notify.sent.filter((m) => m.template_id === updateTemplate);
    expect(updates.map((m) => [m.email_address, m.personalisation])).toEqual([
      ['ola@example.com', { reference }],
      [validProfessional.email, { reference: professionalReference }],
    ]);
    // Nor is anything waiting for a later run: no email to the concern's sender was ever put in the outbox.
    expect(queryLocalDb<{ n: number }>(persistTo, `SELECT count(*) AS n FROM outbox WHERE reference = '${concernReference}' AND channel LIKE 'sender%'`)).toEqual([{ n: 0 }]);
  });

  it('a decision can be recorded with the keyboard alone', async () => {
    const sent = await fetch(`${site.url}/api/requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: site.url }, body: JSON.stringify(validProfessional) });
    const { reference: keyboardReference } = (await sent.json()) as { reference: string };
    const { page, context } = await watchedPage(browser, site.url, { width: 360 });
    await page.goto(`${issuer.url}/`);
    await page.getByLabel('Work email address').fill('duty.manager@northbridge.example');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.goto(`${site.url}/staff/requests/${keyboardReference}`);
    await poll(() => page.locator('h1').textContent()).toBe(`Request ${keyboardReference}`);
    const focused = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 100; i++) {
        await page.keyboard.press('Tab');
        if (await focused(selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    // Into the choices, then the arrow keys move between them, as in any radio group.
    await tabTo('input[type=radio]');
    for (let i = 0; i < 12 && !(await focused('input[value="family-help"]')); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    expect(await page.locator('input[value="family-help"]').isChecked()).toBe(true);
    await tabTo('textarea');
    await page.keyboard.type('Level 2 needs: a lead practitioner from the Family Hub.');
    await tabTo('button[type=submit]');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Record the decision');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('[data-saved]').textContent()).toContain('Decision recorded: Family Help with a lead practitioner.');
    await context.close();
  });

  it('the questions count each outcome reached once, without JavaScript as with it, and nothing else', async () => {
    const paths = allPaths(loadFlow().flow);
    const counts = () => queryLocalDb<{ outcome: string; language: string; count: number }>(persistTo, 'SELECT outcome, language, count FROM worried_counts ORDER BY outcome, language');
    expect(counts()).toEqual([]);
    const { page, context, foreignRequests } = await watchedPage(browser, site.url, { javaScript: false });
    const follow = async (selector: string) => {
      const from = page.url();
      await Promise.all([page.waitForURL((url) => url.href !== from, { waitUntil: 'load' }), page.locator(selector).click()]);
    };
    // Without JavaScript: "Yes, a child is in danger now" in Urdu goes straight to 999 by a plain link, never through
    // the Worker (so it is not counted); then a parent's way in Polish through the check page is counted.
    for (const [prefix, path] of [['/ur', paths.find((p) => p.outcome === 'emergency')!], ['/pl', paths.find((p) => p.outcome === 'universal')!]] as const) {
      await page.goto(`${site.url}${prefix}/worried/`);
      await follow('.govuk-button--start');
      for (const [, answer] of path.answers) await follow(`[data-answer="${answer}"]`);
      if (path.outcome === 'emergency') expect(await page.locator('form[action="/api/forms/worried"]').count()).toBe(0);
      if (await page.locator('[data-check-answers]').count()) await follow('[data-check-answers] button');
      expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe(path.outcome);
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${prefix}/worried/s/[0-9a-f]{12}/$`));
    }
    // Reading the page again, or coming back to it, is not reaching it again.
    await page.reload();
    await page.goBack();
    await page.goForward();
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('universal');
    expect(await context.cookies()).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
    expect(counts()).toEqual([{ outcome: 'universal', language: 'pl', count: 1 }]);

    // With JavaScript the island counts (the questions' forms are never shown): once.
    const js = await watchedPage(browser, site.url);
    await js.page.goto(`${site.url}/worried/`);
    await waitForIslands(js.page);
    await js.page.locator('.govuk-button--start').click();
    for (const [question, answer] of paths.find((p) => p.outcome === 'concern')!.answers) {
      await js.page.locator(`#${question}-${answer}`).check();
      await js.page.locator('form button[type="submit"]').click();
    }
    expect(await js.page.locator('[data-check-answers] form').count()).toBe(0);
    await js.page.locator('[data-check-answers] .govuk-button').click();
    expect(await js.page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('concern');
    await poll(() => counts().some((r) => r.outcome === 'concern')).toBe(true);
    await js.context.close();
    expect(counts()).toEqual([{ outcome: 'concern', language: 'en', count: 1 }, { outcome: 'universal', language: 'pl', count: 1 }]);
  });

  it('the insight page counts it, with small numbers shown as "fewer than 5", and a worried-flow outcome reached', async () => {
    for (const outcome of ['family-help', 'emergency']) {
      const count = await fetch(`${site.url}/api/count/worried`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: site.url }, body: JSON.stringify({ outcome, language: 'pl' }) });
      expect(count.status).toBe(204);
    }
    const { page, context } = await watchedPage(browser, site.url, { width: 360 });
    await page.goto(`${issuer.url}/`);
    await page.getByLabel('Work email address').fill('duty.manager@northbridge.example');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.goto(`${site.url}/staff/insight/`);
    const week = page.locator('[data-week]').first();
    await poll(() => week.locator('[data-measure="byLanguage"]').textContent()).toContain('Polski: fewer than 5');
    expect(await week.locator('[data-measure="byDecision"]').textContent()).toBe('Family Help with a lead practitioner: fewer than 5');
    const worried = await page.locator('[data-worried]').textContent();
    // Counted through the island, the JSON count (as the island sends it) and, without JavaScript, the questions' forms.
    for (const outcome of ['Ask for Family Help', 'Tell us about a concern', 'Call 999 now', 'Local services and advice']) expect(worried).toContain(outcome);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/staff-insight.png`, fullPage: true });
    await context.close();
  });
});
