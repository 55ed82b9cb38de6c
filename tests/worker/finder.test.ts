/**
 * The directory's filter form, answered by the Worker from the built site's index
 * (dist/<lang>/services/finder.json, read through the static assets binding).
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const worker = (exports as unknown as { default: Fetcher }).default;
const origin = 'http://localhost';

function post(fields: [string, string][], headers: Record<string, string> = {}) {
  return worker.fetch(`${origin}/api/forms/services`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}
const asJson = { Accept: 'application/json' };
type Answer = { count: number; items: { url: string; title: string; english?: true; facts: string }[] };

describe('the directory filter form, answered by the Worker', () => {
  it('finds a need by the words people use in the page language, inflected too, in that language', async () => {
    for (const words of ['logopeda', 'logopedy', 'Logopedę']) {
      const res = await post([['locale', 'pl'], ['words', words]], asJson);
      expect(res.status).toBe(200);
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      const answer = (await res.json()) as Answer;
      expect(answer.items[0]?.title, words).toBe('Speech and language drop-in');
      // Its name is in English on a Polish page: marked so, for screen readers (WCAG 3.1.2).
      expect(answer.items[0]?.english, words).toBe(true);
      expect(answer.items.every((i) => i.url.startsWith('/pl/services/'))).toBe(true);
    }
  });

  it('needs every typed word and every chosen filter, and treats a value the form does not offer as "any"', async () => {
    const all = (await (await post([['locale', 'en']], asJson)).json()) as Answer;
    const food = (await (await post([['locale', 'en'], ['words', 'food bank']], asJson)).json()) as Answer;
    expect(food.items[0]?.title).toBe('Northbridge Food Bank');
    expect(food.items.some((i) => i.english)).toBe(false);
    expect(food.count).toBeLessThan(all.count);
    const nonsense = (await (await post([['locale', 'en'], ['words', 'food bank zzqx']], asJson)).json()) as Answer;
    expect(nonsense.count).toBe(0);
    const unknown = (await (await post([['locale', 'en'], ['category', 'no-such-need'], ['age', '200']], asJson)).json()) as Answer;
    expect(unknown.count).toBe(all.count);
  });

  it('without JavaScript answers with the whole page, the typed words escaped, under a CSP that still allows its own scripts by hash', async () => {
    const res = await post([['locale', 'ar'], ['words', '<script>alert(1)</script>']]);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('Content-Security-Policy')).toMatch(/script-src [^;]*'sha256-/);
    const html = await res.text();
    expect(html).toContain('<html lang="ar" dir="rtl"');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('value="&lt;script>alert(1)&lt;/script>"');
    expect(html).toContain('class="govuk-exit-this-page');
  });

  it('takes only same-origin form posts', async () => {
    expect((await worker.fetch(`${origin}/api/forms/services`)).status).toBe(405);
    expect((await post([['locale', 'en']], { Origin: 'https://elsewhere.example' })).status).toBe(403);
    const json = await worker.fetch(`${origin}/api/forms/services`, { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
  });
});
