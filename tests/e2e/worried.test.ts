import { axeViolations } from '../support/axe.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { site, loadFlow } from '../support/content.ts';
import { allPaths, type Path } from '../../src/worried/engine.ts';
import { launchBrowser, waitForIslands, watchedPage } from '../support/browser.ts';

const base = inject('siteUrl');
const { flow, text } = loadFlow();
const paths = allPaths(flow);
const exitUrl = site.exitThisPage.url;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Every word a person's answers could leak: answer ids and the words of questions and answers. */
const answerWords = [
  ...new Set(Object.values(flow.questions).flatMap((q) => q.answers.map((a) => a.id)).concat(Object.keys(flow.questions))),
].filter((w) => w.length > 2);

async function throughWithoutJs(page: Page, path: Path, prefix = '') {
  const visited: { url: string; title: string }[] = [];
  // Wait for each new page to have its title before reading it.
  const follow = async (link: string) => {
    // Every step has its own address: wait for the new one to load, not on the old page.
    const from = page.url();
    await Promise.all([page.waitForURL((url) => url.href !== from, { waitUntil: 'load' }), page.locator(link).click()]);
  };
  await page.goto(`${base}${prefix}/worried/`);
  await follow('.govuk-button--start');
  for (const [, answer] of path.answers) {
    visited.push({ url: page.url(), title: await page.title() });
    // A link to the next question, or a button through the count to an outcome's page.
    await follow(`[data-answer="${answer}"]`);
  }
  if (await page.locator('[data-check-answers]').count()) {
    visited.push({ url: page.url(), title: await page.title() });
    await follow('[data-check-answers] .govuk-button');
  }
  visited.push({ url: page.url(), title: await page.title() });
  return { outcome: await page.locator('[data-outcome]').getAttribute('data-outcome'), visited };
}

async function answerWithJs(page: Page, question: string, answer: string) {
  await page.locator(`#${question}-${answer}`).check();
  await page.locator('form button[type="submit"]').click();
}

async function throughWithJs(page: Page, path: Path) {
  await page.locator('.govuk-button--start').click();
  for (const [question, answer] of path.answers) await answerWithJs(page, question, answer);
  if (await page.locator('[data-check-answers]').count()) await page.locator('[data-check-answers] .govuk-button').click();
  return page.locator('[data-outcome]').getAttribute('data-outcome');
}

describe('the same answers reach the same outcome, with JavaScript and without', () => {
  // One test per path (each names its answers), sharing two browser tabs.
  let noJs: Awaited<ReturnType<typeof watchedPage>>;
  let js: Awaited<ReturnType<typeof watchedPage>>;
  beforeAll(async () => {
    noJs = await watchedPage(browser, base, { javaScript: false });
    js = await watchedPage(browser, base);
  });
  afterAll(async () => {
    await noJs?.context.close();
    await js?.context.close();
  });

  for (const path of paths) {
    const label = path.answers.map(([q, a]) => `${q}=${a}`).join(', ');
    it(`${label} → ${path.outcome}`, async () => {
      const without = await throughWithoutJs(noJs.page, path);
      expect(without.outcome, `without JavaScript: ${label}`).toBe(path.outcome);
      // Without JavaScript, addresses are opaque and titles generic: history shows nothing.
      for (const { url, title } of without.visited) {
        for (const word of answerWords) expect(new URL(url).pathname, label).not.toContain(word);
        expect(title, label).toMatch(/^(Are you worried about a child\?|Question \d+|Check your answers|Where to get help) – /);
      }
      await js.page.goto(`${base}/worried/`);
      await waitForIslands(js.page);
      expect(await throughWithJs(js.page, path), `with JavaScript: ${label}`).toBe(path.outcome);
      expect(js.consoleErrors).toEqual([]);
      expect(js.foreignRequests).toEqual([]);
    });
  }
});

describe('with JavaScript, answers stay in memory only', () => {
  it('leaves no trace in the address, history, title, storage or cookies', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/worried/`);
    await waitForIslands(page);
    const before = await page.evaluate(() => ({ history: history.length, title: document.title }));
    const path = paths.find((p) => p.outcome === 'family-help')!;
    expect(await throughWithJs(page, path)).toBe('family-help');
    const after = await page.evaluate(() => ({
      url: location.href, history: history.length, title: document.title, state: JSON.stringify(history.state),
      local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }), cookie: document.cookie,
    }));
    expect(after.url).toBe(`${base}/worried/`);
    // One history entry per screen, so Back works; each holds only a step number.
    expect(after.history).toBe(before.history + path.answers.length + 2);
    expect(after.state).toMatch(/^\{"worriedStep":\d+\}$/);
    expect(after.title).toBe(before.title);
    expect(after.cookie).toBe('');
    expect(after.local).toBe('{}');
    expect(after.session).toBe('{}');
    const everything = JSON.stringify(after) + JSON.stringify(await context.cookies());
    for (const word of answerWords) expect(everything).not.toContain(word);
    await context.close();
  });

  it('forgets the answers when someone uses Exit this page, even after going Back', async () => {
    const { page, context } = await watchedPage(browser, base);
    await context.route(`${new URL(exitUrl).origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    await page.goto(`${base}/worried/`);
    await waitForIslands(page);
    await page.locator('.govuk-button--start').click();
    await answerWithJs(page, 'danger-now', 'no');
    await answerWithJs(page, 'who', 'other-child');
    expect(await page.locator('h1').textContent()).toBe(text.en!.questions['other-harm']!.title);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL((url) => url.href.startsWith(exitUrl));
    // Back, and Back again through the question steps: only ever the start, never an answer.
    for (let i = 0; i < 3; i++) {
      await page.goBack();
      if (!page.url().startsWith(`${base}/worried/`)) break;
      await waitForIslands(page);
      expect(await page.locator('[data-start]').count()).toBe(1);
      expect(await page.locator('input[type="radio"]').count()).toBe(0);
      // (The island's props hold every question's words: only what is shown matters here.)
      expect(await page.locator('main').innerText()).not.toContain(text.en!.questions['other-harm']!.title);
      expect(await page.evaluate(() => JSON.stringify(history.state ?? null))).toMatch(/^(null|\{"worriedStep":\d+\})$/);
    }
    await context.close();
  });

  it("moves between questions with the browser's Back and Forward, keeping the answers given", async () => {
    const { page, context, consoleErrors } = await watchedPage(browser, base);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${base}/search/`); // somewhere to come from
    await page.goto(`${base}/pl/worried/`);
    await waitForIslands(page);
    const words = text.pl!.questions;
    const heading = () => page.locator('h1').textContent();
    await page.locator('.govuk-button--start').click();
    await answerWithJs(page, 'danger-now', 'no');
    await answerWithJs(page, 'who', 'parent');
    await expect.poll(heading).toBe(words['parent-safe']!.title);
    await page.goBack();
    await expect.poll(heading).toBe(words.who!.title);
    await expect.poll(() => page.locator('#who-parent').isChecked()).toBe(true);
    // Focus follows, so a screen reader hears the question it is back on.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.goBack();
    await expect.poll(heading).toBe(words['danger-now']!.title);
    await page.goForward();
    await page.goForward();
    await expect.poll(heading).toBe(words['parent-safe']!.title);
    // The page's own Back link does the same as the browser's.
    await page.locator('.govuk-back-link').click();
    await expect.poll(heading).toBe(words.who!.title);
    expect(page.url()).toBe(`${base}/pl/worried/`);
    await page.screenshot({ path: 'test-results/worried-back-pl-360.png' });
    // Back past the first question reaches the start, then the page before.
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.locator('[data-start]').count()).toBe(1);
    await page.goBack();
    expect(page.url()).toBe(`${base}/search/`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('after an answer is changed, an old step in history shows where the new answers lead', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/worried/`);
    await waitForIslands(page);
    await page.locator('.govuk-button--start').click();
    await answerWithJs(page, 'danger-now', 'no');
    await answerWithJs(page, 'who', 'other-child');
    await answerWithJs(page, 'other-harm', 'yes');
    expect(await page.locator('[data-check-answers]').count()).toBe(1);
    await page.locator('[data-change="who"]').click();
    await answerWithJs(page, 'who', 'parent');
    expect(await page.locator('h1').textContent()).toBe(text.en!.questions['parent-safe']!.title);
    await page.goBack(); // the "who" question
    await page.goBack(); // the old check page: its answers no longer lead to an outcome
    expect(await page.locator('[data-check-answers]').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe(text.en!.questions['parent-safe']!.title);
    await context.close();
  });

  it('re-routes when an answer is changed from the check page', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/worried/`);
    await waitForIslands(page);
    const path = paths.find((p) => p.outcome === 'universal' && p.answers.some(([q]) => q === 'parent-help'))!;
    await page.locator('.govuk-button--start').click();
    for (const [q, a] of path.answers) await answerWithJs(page, q, a);
    await page.locator('[data-change="who"]').click();
    expect(await page.locator('#who-parent').isChecked()).toBe(true);
    await answerWithJs(page, 'who', 'other-child');
    // The old parent answers no longer apply: the next question is the new path's.
    expect(await page.locator('h1').textContent()).toBe(text.en!.questions['other-harm']!.title);
    await answerWithJs(page, 'other-harm', 'not-sure');
    const rows = await page.locator('.govuk-summary-list__key').allTextContents();
    expect(rows).toEqual(['danger-now', 'who', 'other-harm'].map((q) => text.en!.questions[q]!.title));
    await page.locator('[data-check-answers] .govuk-button').click();
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('concern');
    await context.close();
  });

  it('shows an error summary, focused, when Continue is pressed with no answer', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/pl/worried/`);
    await waitForIslands(page);
    await page.locator('.govuk-button--start').click();
    await page.locator('form button[type="submit"]').click();
    const summary = page.locator('.govuk-error-summary');
    expect(await summary.textContent()).toContain('Wybierz odpowiedź');
    // Focus moves once the summary is drawn (an effect after the render): wait for it, as a screen reader would.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
    expect(await summary.locator('a').getAttribute('href')).toBe('#danger-now-yes');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('works with the keyboard alone, and every screen passes axe in Arabic', async () => {
    const { page, context } = await watchedPage(browser, base);
    await page.goto(`${base}/ar/worried/`);
    await waitForIslands(page);
    const axeClean = () => axeViolations(page);
    await page.locator('.govuk-button--start').focus();
    await page.keyboard.press('Enter');
    // Focus moves to the question; Tab reaches the first answer, Space picks it, Enter sends.
    const path = paths.find((p) => p.outcome === 'professional')!;
    for (const [question, answer] of path.answers) {
      expect(await axeClean()).toEqual([]);
      await page.locator(`#${question}-${answer}`).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
    }
    expect(await axeClean()).toEqual([]);
    await page.locator('[data-check-answers] .govuk-button').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('professional');
    expect(await axeClean()).toEqual([]);
    await context.close();
  });
});

describe('outcomes that fit who is asking', () => {
  const throughTo = (outcome: string, question: string, answer: string) =>
    paths.find((p) => p.outcome === outcome && p.answers.some(([q, a]) => q === question && a === answer))!;
  const helpline = site.domesticAbuse[0]!;
  const tel = (phone: string) => `a[href="tel:${phone.replace(/\s/g, '')}"]`;

  for (const [prefix, javaScript] of [['', true], ['/ar', true], ['/pl', false]] as const) {
    it(`gives a parent who is hurt or scared at home 999 first, then domestic abuse help (${prefix || '/'}, JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { page, context } = await watchedPage(browser, base, { javaScript });
      await page.setViewportSize({ width: 360, height: 740 });
      const path = throughTo('safe-at-home', 'parent-safe', 'yes');
      if (javaScript) {
        await page.goto(`${base}${prefix}/worried/`);
        await waitForIslands(page);
        expect(await throughWithJs(page, path)).toBe('safe-at-home');
      } else {
        expect((await throughWithoutJs(page, path, prefix)).outcome).toBe('safe-at-home');
      }
      const outcome = page.locator('[data-outcome="safe-at-home"]');
      const locale = prefix.slice(1) || 'en';
      expect(await outcome.locator('h1').textContent()).toBe(text[locale]!.outcomes['safe-at-home']!.title);
      // 999 comes straight after the lead, before anything else to read or do.
      const order = await outcome.evaluate((el) => [...el.querySelectorAll('p, .fhp-emergency, [data-helplines], a.govuk-button')].map((x) => x.className));
      expect(order.slice(0, 2)).toEqual(['govuk-body-l', 'fhp-emergency']);
      expect(await outcome.locator(`.fhp-emergency ${tel('999')}`).count()).toBe(1);
      expect(await outcome.locator(`[data-helplines] ${tel(helpline.phone)}`).textContent()).toBe(helpline.phone);
      expect(await outcome.locator('[data-helplines]').innerText()).toContain(helpline.name);
      expect(await outcome.locator(`[data-safety-advice] a[href="${prefix}/safety/"]`).count()).toBe(1);
      // A way to ask for help for themselves, and not the neighbour's anonymous report.
      expect(await outcome.locator(`a[href="${prefix}/ask-for-help/"]`).count()).toBe(1);
      expect(await outcome.locator(`a[href="${prefix}/report-a-concern/"]`).count()).toBe(0);
      expect(await outcome.locator(tel(site.nspcc.phone)).count()).toBe(0);
      await page.screenshot({ path: `test-results/worried-safe-at-home${prefix.replace('/', '-')}-360.png`, fullPage: true });
      if (javaScript) {
        // (axe runs as a script in the page: only with JavaScript on.)
        expect(await axeViolations(page)).toEqual([]);
      }
      await context.close();
    });
  }

  for (const [prefix, javaScript] of [['', false], ['/uk', true]] as const) {
    it(`shows a neighbour how to help a family ask, and when to report instead (${prefix || '/'}, JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { page, context } = await watchedPage(browser, base, { javaScript });
      await page.setViewportSize({ width: 360, height: 740 });
      const path = throughTo('help-them-ask', 'other-harm', 'no');
      if (javaScript) {
        await page.goto(`${base}${prefix}/worried/`);
        await waitForIslands(page);
        expect(await throughWithJs(page, path)).toBe('help-them-ask');
      } else {
        expect((await throughWithoutJs(page, path, prefix)).outcome).toBe('help-them-ask');
      }
      const outcome = page.locator('[data-outcome="help-them-ask"]');
      // No big "Ask for help" button inviting them to fill in a form about their own family...
      expect(await outcome.locator(`a.govuk-button[href="${prefix}/ask-for-help/"]`).count()).toBe(0);
      // ...but the page the family can use, the number to give them, and when to report instead.
      expect(await outcome.locator(`[data-help-them-ask] a[href="${prefix}/ask-for-help/"]`).count()).toBe(1);
      expect(await outcome.locator(`[data-help-them-ask] ${tel(site.contact.phone)}`).count()).toBe(1);
      expect(await outcome.locator(`[data-report-instead] a[href="${prefix}/report-a-concern/"]`).count()).toBe(1);
      await page.screenshot({ path: `test-results/worried-help-them-ask${prefix.replace('/', '-')}-360.png`, fullPage: true });
      await context.close();
    });
  }
});

describe('the right number for the moment', () => {
  for (const [when, at, expected] of [
    ['on a weekday at 10:00', '2026-11-24T10:00:00Z', 'office'],
    ['on a weekday at 18:30', '2026-11-24T18:30:00Z', 'out-of-hours'],
    ['on a Saturday', '2026-11-28T11:00:00Z', 'out-of-hours'],
    ['on a bank holiday', '2026-12-25T10:00:00Z', 'out-of-hours'],
  ] as const) {
    it(`shows ${expected === 'office' ? 'the Family Help Point' : 'the Emergency Duty Team'} ${when}`, async () => {
      const { page, context } = await watchedPage(browser, base);
      await page.clock.setFixedTime(new Date(at));
      await page.goto(`${base}/worried/`);
      await waitForIslands(page);
      await throughWithJs(page, paths.find((p) => p.outcome === 'concern')!);
      const box = page.locator('[data-contact-now]');
      expect(await box.getAttribute('data-contact-now')).toBe(expected);
      const phone = expected === 'office' ? site.contact.phone : site.contact.outOfHours.phone;
      expect(await box.locator(`a[href="tel:${phone.replace(/\s/g, '')}"]`).count()).toBe(1);
      expect(await page.locator(`a[href="tel:${site.nspcc.phone.replace(/\s/g, '')}"]`).count()).toBe(1);
      await context.close();
    });
  }
});

describe('without JavaScript', () => {
  it('sends a changed or made-up step address back to the start, plainly, in its language', async () => {
    for (const [path, heading] of [['/worried/s/0123456789ab/', 'We could not find that question'], ['/uk/worried/s/nonsense/', 'Ми не знайшли це запитання']]) {
      const res = await fetch(base + path);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain(heading);
      expect(html).toMatch(/href="(\/uk)?\/worried\/"/);
    }
  });

  it('keeps the questions out of every cache', async () => {
    for (const path of ['/worried/', '/ar/worried/']) expect((await fetch(base + path)).headers.get('cache-control')).toBe('no-store');
  });

  it('changes an answer from the check page and follows the new path', async () => {
    const { page, context } = await watchedPage(browser, base, { javaScript: false });
    const path = paths.find((p) => p.outcome === 'family-help')!;
    await throughWithoutJs(page, { ...path, outcome: 'family-help' });
    await page.goBack(); // the check page
    await page.locator('[data-change="parent-coping"]').click();
    await page.locator('a[data-answer="managing"]').click();
    await page.locator('[data-check-answers] .govuk-button').click();
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('universal');
    await context.close();
  });
});
