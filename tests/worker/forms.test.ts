/**
 * The forms without JavaScript: a plain form post to the Worker, answered with a whole page
 * (the built form page, read through the static assets binding, with the form swapped).
 */
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const { DB } = env as unknown as { DB: D1Database };
const worker = (exports as unknown as { default: Fetcher }).default;
const origin = 'http://localhost';
let client = 0;

function postForm(path: string, fields: [string, string][], headers: Record<string, string> = {}) {
  return worker.fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin, 'CF-Connecting-IP': `192.0.2.${200 + (client++ % 50)}`, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

const concern: [string, string][] = [
  ['kind', 'report-a-concern'], ['language', 'en'], ['website', ''], ['dangerNow', 'no'],
  ['concern', 'The little boy at number 9 is left outside in the cold.'], ['anonymous', 'yes'], ['name', ''],
];

/** The hidden fields of the check-your-answers form, to send it on as a browser would. */
function hiddenFields(html: string): [string, string][] {
  return [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')]);
}

describe('the forms without JavaScript', () => {
  it('go from the form to check your answers to the confirmation, keeping the answers out of every address', async () => {
    const check = await postForm('/api/forms/request', [...concern, ['step', 'check']]);
    expect(check.status).toBe(200);
    expect(check.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(check.headers.get('Cache-Control')).toBe('no-store');
    const checkPage = await check.text();
    expect(checkPage).toContain('<title>Check your answers before sending');
    expect(checkPage).toContain('The little boy at number 9 is left outside in the cold.');
    expect(checkPage).toContain('class="govuk-exit-this-page'); // still the whole page, Exit this page included
    // Its inline scripts (the alert clock, Astro's island loader) are allowed by hash, nothing wider.
    const csp = check.headers.get('Content-Security-Policy')!;
    expect(csp).not.toContain('unsafe-inline');
    const inline = [...checkPage.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline.length).toBeGreaterThan(0);
    for (const script of inline) {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script)));
      expect(csp).toContain(`'sha256-${btoa(String.fromCharCode(...digest))}'`);
    }

    const before = (await DB.prepare('SELECT count(*) AS n FROM requests').first<{ n: number }>())!.n;
    const sendFields = [...hiddenFields(checkPage), ['step', 'send']] as [string, string][];
    const sent = await postForm('/api/forms/request', sendFields);
    expect(sent.status).toBe(200);
    const page = await sent.text();
    const reference = /data-reference="?[^>]*>(FHP-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})</.exec(page)?.[1];
    expect(reference).toBeDefined();
    expect(page).toMatch(/data-status-code="?[^>]*>[2-9A-HJ-NP-Z]{8}</);
    expect(page).toContain('within one working day');
    expect(page).toContain('0113 496 0123');
    expect((await DB.prepare('SELECT count(*) AS n FROM requests').first<{ n: number }>())!.n).toBe(before + 1);

    // Pressing Send twice (the same hidden key) gives the same reference and stores nothing new.
    const again = await (await postForm('/api/forms/request', sendFields)).text();
    expect(again).toContain(reference!);
    expect((await DB.prepare('SELECT count(*) AS n FROM requests').first<{ n: number }>())!.n).toBe(before + 1);
  });

  it('answer a form with problems with the same form: an error summary linking to each question, answers kept', async () => {
    const res = await postForm('/api/forms/request', [['kind', 'ask-for-help'], ['language', 'pl'], ['name', ''], ['message', 'Pomocy z rachunkami'], ['step', 'check']]);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/<title>[^<]+:/); // "Error:" in Polish, before the title
    expect(html).toContain('govuk-error-summary');
    expect(html).toContain('href="#name"');
    expect(html).toContain('href="#children.0.name"');
    expect(html).toContain('href="#consent"');
    expect(html).toContain('Pomocy z rachunkami');
    expect(html).toContain('<html lang="pl"');
  });

  it('let a professional be reached by phone alone, and ask one with no phone or email for either', async () => {
    const professional: [string, string][] = [
      ['kind', 'professional'], ['language', 'en'], ['website', ''], ['name', 'Pat Teacher'], ['role', 'Class teacher'], ['agency', 'Northbridge Primary'],
      ['requestType', 'consultation'], ['childName', ''], ['level', 'unsure'], ['worries', 'A pupil is often hungry.'], ['familyConsent', 'yes'], ['email', ''],
    ];
    const check = await postForm('/api/forms/request', [...professional, ['phone', '0113 496 0000'], ['step', 'check']]);
    expect(check.status).toBe(200);
    expect(await check.text()).toContain('<title>Check your answers before sending');
    const neither = await postForm('/api/forms/request', [...professional, ['phone', ''], ['step', 'check']]);
    expect(neither.status).toBe(422);
    const html = await neither.text();
    expect(html).toContain('href="#phone"');
    expect(html).toContain('href="#email"');
    expect(html).toContain('Enter a work phone number, or a work email address below');
    expect(html).toContain('Enter a work email address, or a work phone number above');
    expect(html).not.toContain('href="#childName"');
  });

  it('confirm a concern in the words of a concern', async () => {
    const sent = await (await postForm('/api/forms/request', [...concern, ['step', 'send'], ['key', `concern-${Date.now()}`]])).text();
    expect(sent).toContain('Thank you for telling us');
    expect(sent).not.toContain('We have your request');
  });

  it('go back from check your answers to the form with every answer in place', async () => {
    const res = await postForm('/api/forms/request', [...concern, ['step', 'edit']]);
    const html = await res.text();
    expect(html).toMatch(/<textarea[^>]*name="concern"[^>]*>The little boy at number 9/);
    expect(html).not.toContain('govuk-error-summary');
  });

  it('refuse posts from elsewhere, of the wrong type, or for a form we do not have', async () => {
    expect((await postForm('/api/forms/request', concern, { Origin: 'https://evil.example' })).status).toBe(403);
    // Our pages send no referrer, so a browser says "Origin: null" and vouches with Sec-Fetch-Site.
    expect((await postForm('/api/forms/request', [...concern, ['step', 'check']], { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect((await postForm('/api/forms/request', concern, { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await postForm('/api/forms/request', concern, { Origin: 'null' })).status).toBe(403);
    expect((await postForm('/api/forms/request', concern, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await postForm('/api/forms/request', [['kind', 'complaint']])).status).toBe(400);
    expect((await worker.fetch(`${origin}/api/forms/request`)).status).toBe(405);
  });

  it('check a request’s status without JavaScript', async () => {
    const sent = await (await postForm('/api/forms/request', [...concern, ['step', 'send'], ['key', `status-${Date.now()}`]])).text();
    const reference = /(FHP-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})/.exec(sent)![1]!;
    const code = /data-status-code="?[^>]*>([2-9A-HJ-NP-Z]{8})</.exec(sent)![1]!;
    const found = await postForm('/api/forms/status', [['language', 'en'], ['reference', reference], ['statusCode', code]]);
    expect(found.status).toBe(200);
    expect(await found.text()).toContain('We have not looked at it yet');
    const wrong = await postForm('/api/forms/status', [['language', 'en'], ['reference', reference], ['statusCode', 'ZZZZZZZZ']]);
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toContain('We could not find a request with that reference and code');
    const empty = await postForm('/api/forms/status', [['language', 'en'], ['reference', ''], ['statusCode', '']]);
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('href="#reference"');
  });
});
