import { describe, expect, it } from 'vitest';
import { findPart, idsIn, mainEnd, mainStart, marker, partOf, partOpening, servicePage } from '../../src/directory/service-pages.ts';

/**
 * Putting a service page together (the Worker does it for every service page): names and
 * summaries come from councils' feeds, so whatever they hold stays text in its place.
 */
const shell = `<!doctype html><html lang="pl"><head><title>${marker.title} – Northbridge</title><meta name="description" content="${marker.description}">` +
  `<link rel="canonical" href="https://example.org/pl/services/${marker.id}/"></head><body><a href="/services/${marker.id}/">English</a><main>${mainStart}${mainEnd}</main><footer>$& $' $\`</footer></body></html>`;
const id = '93657689-252d-5a77-de87-42ca43452b0e';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function parts(entries: [id: string, title: string, description: string, main: string][]) {
  return entries.map(([i, title, description, main]) => `${partOpening(i, { title, description })}${main}</template>`).join('');
}

describe('a service page put together from its shell and part', () => {
  it('puts the name, summary and id where the markers are, and the main part in <main>', () => {
    const file = parts([[id, 'Speech & language drop-in', 'Ages 0 to 5', '<h1>Speech &amp; language drop-in</h1>']]);
    const page = servicePage(shell, id, findPart(file, id)!);
    expect(page).toContain('<title>Speech &amp; language drop-in – Northbridge</title>');
    expect(page).toContain('content="Ages 0 to 5"');
    expect(page).toContain(`href="https://example.org/pl/services/${id}/"`);
    expect(page).toContain(`<a href="/services/${id}/">English</a>`);
    expect(page).toContain('<main><h1>Speech &amp; language drop-in</h1></main>');
    expect(page).not.toMatch(/fhp-service-|fhp:service/);
  });

  it('keeps names from a feed as text: "$" patterns, marker words, quotes and tags stay where they are', () => {
    const hostile = [`Debt help $' x`, 'Costs $` ok $& $$', `fhp-service-description ${marker.id}`, '"><script>alert(1)</script>', '</template><template data-service="x">'];
    for (const name of hostile) {
      const file = parts([['00000000-0000-4000-8000-000000000000', 'Other', 'Other', '<p>other</p>'], [id, name, name, `<h1>${escape(name)}</h1>`]]);
      const part = findPart(file, id)!;
      expect(part, name).toBeDefined();
      const page = servicePage(shell, id, part);
      expect(page.match(/<title>([^<]*)<\/title>/)![1], name).toBe(`${escape(name)} – Northbridge`);
      expect(page.match(/<meta name="description" content="([^"]*)">/)![1], name).toBe(escape(name));
      expect(page.match(/<main>([\s\S]*)<\/main>/)![1], name).toBe(`<h1>${escape(name)}</h1>`);
      expect(page.match(/<body>/g), name).toHaveLength(1);
      expect(page, name).not.toContain('<script>');
      expect(page.endsWith("<footer>$& $' $`</footer></body></html>"), name).toBe(true);
    }
  });

  it('finds only the service asked for, and says so when the file does not hold it', () => {
    const file = parts([[id, 'A', 'a', '<p>a</p>'], ['0f0e0d0c-0b0a-4909-8807-060504030201', 'B', 'b', '<p>b</p>']]);
    expect(findPart(file, '0f0e0d0c-0b0a-4909-8807-060504030201')!.main).toBe('<p>b</p>');
    expect(findPart(file, '11111111-0b0a-4909-8807-060504030201')).toBeUndefined();
    expect(idsIn(file)).toEqual([id, '0f0e0d0c-0b0a-4909-8807-060504030201']);
  });

  it('spreads ids over at most 256 files, each id always in the same one', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `${String(i).padStart(8, '0')}-252d-5a77-de87-42ca43452b0e`);
    const files = new Set(ids.map(partOf));
    expect(files.size).toBeGreaterThan(250);
    expect([...files].every((f) => /^[0-9a-f]{2}$/.test(f))).toBe(true);
    expect(partOf(id)).toBe(partOf(id));
  });
});
