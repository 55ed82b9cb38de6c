import { describe, expect, it } from 'vitest';
import { pagesToCheck, templateOf } from '../support/page-sample.ts';

const codes = ['en', 'pl', 'ar'];
const services = Array.from({ length: 40 }, (_, i) => `/services/0000${String(i).padStart(4, '0')}-aaaa-4bbb-8ccc-000000000000/`);
const english = ['/', '/contact/', '/services/', '/services/a-z/a/', '/services/a-z/b/', '/services/categories/money/', '/services/categories/money/2/', ...services];
const paths = [...english, ...english.map((p) => `/pl${p}`), ...english.map((p) => `/ar${p}`)];

describe('choosing the pages the browser checks', () => {
  it('knows pages made from one template, in any language', () => {
    expect(templateOf('/pl/services/00000001-aaaa-4bbb-8ccc-000000000000/', codes)).toBe('/services/*/');
    expect(templateOf('/services/categories/money/2/', codes)).toBe('/services/categories/*/');
    expect(templateOf('/ar/services/a-z/b/', codes)).toBe('/services/a-z/*/');
    expect(templateOf('/ar/services/', codes)).toBe('/services/');
    expect(templateOf('/services/shortlist/', codes)).toBe('/services/shortlist/');
  });

  it('checks every template in every language, plus a few more of each shared one', () => {
    const chosen = pagesToCheck(paths, codes, 7);
    for (const code of codes) {
      const prefix = code === 'en' ? '' : `/${code}`;
      for (const page of ['/', '/contact/', '/services/', '/services/shortlist/'].filter((p) => paths.includes(prefix + p))) expect(chosen).toContain(prefix + page);
      expect(chosen.filter((p) => templateOf(p, codes) === '/services/*/' && p.startsWith(prefix || '/services/'))).toHaveLength(3);
    }
    expect(chosen.length).toBeLessThan(paths.length / 2);
  });

  it('picks the same sample for the same seed, and another for another seed', () => {
    expect(pagesToCheck(paths, codes, 7)).toEqual(pagesToCheck(paths, codes, 7));
    expect(pagesToCheck(paths, codes, 8)).not.toEqual(pagesToCheck(paths, codes, 7));
  });
});
