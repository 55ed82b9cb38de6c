import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent } from '../support/build-content.ts';
import { addSomali, threeLanguageCouncil } from '../support/councils.ts';
import { contentInOtherLanguages, leftOutNote, missingForLanguages } from '../../src/build/language-content.ts';

const built: ReturnType<typeof buildContent>[] = [];
afterAll(() => built.forEach((b) => b.remove()));
const build = (change: (content: string) => void) => {
  const result = buildContent(change);
  built.push(result);
  return result;
};
const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/** A small content folder: only what the language checks look at. */
function fixture(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'fhp-languages-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('content in a language the site does not offer', () => {
  const dir = fixture({
    'i18n/en.json': '{}',
    'i18n/pl.json': '{}',
    'i18n/ro.json': '{}',
    'i18n/reviews.yaml': 'en: { status: source }\npl: { status: draft }\nro: { status: draft }\n',
    'guides/en/a.md': '',
    'guides/ro/a.md': '',
    'updates/uk/news.md': '',
    'thresholds/ur.yaml': '',
    'alerts/closed.yaml': 'message: Closed today\ntranslations: { pl: Zamknięte, uk: Зачинено }\n',
    'directory/categories.yaml': 'categories:\n  - { id: money, name: { en: Money, ar: المال } }\n',
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is found in every place a language can hide, and named in one note', () => {
    const found = contentInOtherLanguages(dir, ['en', 'pl']);
    expect(Object.fromEntries(found)).toEqual({
      ro: ['content/guides/ro/', 'content/i18n/ro.json', 'content/i18n/reviews.yaml (entry)'],
      uk: ['content/updates/uk/', 'content/alerts/closed.yaml (translation)'],
      ur: ['content/thresholds/ur.yaml'],
      ar: ['content/directory/categories.yaml (names)'],
    });
    const note = leftOutNote(found)!;
    expect(note.split('\n')).toHaveLength(1);
    expect(note).toMatch(/^Left out 7 content items in ar, ro, uk, ur: those languages are not in content\/site.yaml locales/);
  });

  it('says nothing when every language is offered', () => {
    expect(leftOutNote(contentInOtherLanguages(dir, ['en', 'pl', 'ro', 'uk', 'ur', 'ar']))).toBeUndefined();
  });

  it('a language the site offers is checked for everything it lacks, all at once', () => {
    expect(missingForLanguages(dir, ['en', 'pl'])).toEqual([
      'content/thresholds/pl.yaml: missing (copy the English file and translate it)',
      'content/questionnaire/pl.yaml: missing (copy the English file and translate it)',
      'content/guides/pl/a.md: missing',
      'content/directory/categories.yaml: no pl name for money',
    ]);
  });
});

describe('a council that keeps three of the six languages (en, pl, ar), live', () => {
  const { status, output, dist } = build(threeLanguageCouncil);

  it('builds, with one note naming what was left out', () => {
    expect(status, output).toBe(0);
    const notes = output.split('\n').filter((line) => line.includes('Left out'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('in ro, uk, ur');
    expect(notes[0]).toContain('content/alerts/christmas-eve-early-close.yaml (translation)');
  });

  it('has pages in its three languages only, linked to each other and indexable', () => {
    expect(readdirSync(dist).filter((name) => /^[a-z]{2,3}$/.test(name) && existsSync(join(dist, name, 'index.html'))).sort()).toEqual(['ar', 'pl']);
    for (const path of ['', 'pl', 'ar', 'guides', 'ar/guides/what-is-family-help']) {
      const html = page(dist, path);
      expect([...new Set([...html.matchAll(/hreflang="([a-z-]+)"/g)].map((m) => m[1]))].sort()).toEqual(['ar', 'en', 'pl', 'x-default']);
      expect(html).not.toContain('noindex');
      expect(html).toContain('Eastvale Family Help Point');
    }
    expect(page(dist, 'ar')).toContain('dir="rtl"');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://familyhelp.eastvale.example/sitemap.xml');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).not.toMatch(/^Disallow: \/$/m);
    expect(existsSync(join(dist, 'api/forms/ro.json'))).toBe(false);
    expect(existsSync(join(dist, 'api/forms/ar.json'))).toBe(true);
  });
});

describe('a council that adds a language (Somali) with no change to the code', () => {
  // What it still needs before it has its content is named by loadContent, before the build starts (content-model.test.ts).
  it('with its words and content, builds Somali pages marked as a draft translation', () => {
    const { status, output, dist } = build((content) => {
      threeLanguageCouncil(content);
      addSomali(content, { content: true });
    });
    expect(status, output).toBe(0);
    const home = page(dist, 'so');
    expect(home).toContain('<html lang="so" dir="ltr"');
    expect(home).toContain('Ka bax boggan');
    expect(home).toContain('data-translation-status="draft"');
    expect(page(dist, '')).toContain('hreflang="so"');
    expect(existsSync(join(dist, 'so/guides/what-is-family-help/index.html'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dist, 'api/forms/so.json'), 'utf8'))['ask-for-help']).toBeTruthy();
  });
});
