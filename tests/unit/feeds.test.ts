import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sitemapFiles, sitemapXml } from '../../src/build/write-sitemap.ts';
import { atomFeed } from '../../src/updates/feed.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('Atom feed of updates', () => {
  const xml = atomFeed({
    self: 'https://example.org/pl/updates/feed.xml',
    page: 'https://example.org/pl/updates/',
    title: 'Family Help Point: aktualności',
    lang: 'pl',
    author: 'Northbridge Council',
    now: new Date('2026-11-22T12:00:00Z'),
    entries: [
      { url: 'https://example.org/pl/updates/b/', title: 'Menu <krótsze> & szybsze', summary: 'Dwie opcje "zamiast" pięciu.', published: '2026-11-16', lang: 'pl' },
      { url: 'https://example.org/pl/updates/a/', title: 'Saturday opening', summary: 'Open on Saturdays.', published: '2026-11-02', lang: 'en' },
    ],
  });

  it('is well-formed XML with the elements Atom requires', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://example.org/pl/updates/');
    expect(feed.title).toBe('Family Help Point: aktualności');
    expect(feed.updated).toBe('2026-11-16T00:00:00Z'); // the newest entry, not the build time
    expect(feed.author.name).toBe('Northbridge Council');
    expect(feed.link.map((l: Record<string, string>) => l['@rel'])).toEqual(['self', 'alternate']);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https:\/\/example\.org\/pl\/updates\/\w\/$/);
      expect(entry.title).toBeTruthy();
      expect(entry.updated).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/);
      expect(entry.link['@href']).toBe(entry.id);
    }
  });

  it('keeps titles with special characters intact, and marks English entries in a Polish feed', () => {
    const { feed } = parser.parse(xml);
    expect(feed.entry[0].title).toBe('Menu <krótsze> & szybsze');
    expect(feed.entry[0].summary).toBe('Dwie opcje "zamiast" pięciu.');
    expect(feed.entry[0]['@xml:lang']).toBeUndefined();
    expect(feed.entry[1]['@xml:lang']).toBe('en');
  });
});

describe('sitemap.xml', () => {
  const xml = sitemapXml(['/', '/pl/', '/updates/', '/pl/updates/', '/updates/only-english-page/'], 'https://example.org/', ['en', 'pl']);

  it('lists every page, with the other languages each page exists in', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = [parser.parse(xml).urlset.url].flat();
    expect(urls.map((u: { loc: string }) => u.loc)).toEqual([
      'https://example.org/', 'https://example.org/pl/', 'https://example.org/updates/', 'https://example.org/pl/updates/', 'https://example.org/updates/only-english-page/',
    ]);
    const polishUpdates = urls[3]['xhtml:link'].map((l: Record<string, string>) => [l['@hreflang'], l['@href']]);
    expect(polishUpdates).toEqual([['en', 'https://example.org/updates/'], ['pl', 'https://example.org/pl/updates/']]);
    expect(urls[4]['xhtml:link']).toBeUndefined();
  });
});

describe('the sitemaps of a large site', () => {
  const addresses = ['/', '/pl/', '/services/a/', '/pl/services/a/', '/services/b/', '/pl/services/b/', '/services/c/'];
  const files = sitemapFiles(addresses, 'https://example.org/', ['en', 'pl'], 2);

  it('split by language and size, listed in sitemap.xml, so no file outgrows what search engines and Cloudflare take', () => {
    expect([...files.keys()]).toEqual(['sitemap.xml', 'sitemap-en.xml', 'sitemap-en-2.xml', 'sitemap-pl.xml', 'sitemap-pl-2.xml']);
    for (const xml of files.values()) expect(XMLValidator.validate(xml)).toBe(true);
    const index = [parser.parse(files.get('sitemap.xml')!).sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
    expect(index).toEqual(['https://example.org/sitemap-en.xml', 'https://example.org/sitemap-en-2.xml', 'https://example.org/sitemap-pl.xml', 'https://example.org/sitemap-pl-2.xml']);
    const listed = [...files].filter(([name]) => name !== 'sitemap.xml').flatMap(([, xml]) => [parser.parse(xml).urlset.url].flat().map((u: { loc: string }) => u.loc));
    expect(listed.sort()).toEqual(addresses.map((a) => `https://example.org${a}`).sort());
  });

  it('still link each page to its other languages when they are in another file', () => {
    const polish = [parser.parse(files.get('sitemap-pl-2.xml')!).urlset.url].flat()[0];
    expect(polish.loc).toBe('https://example.org/pl/services/b/');
    expect(polish['xhtml:link'].map((l: Record<string, string>) => l['@href'])).toEqual(['https://example.org/services/b/', 'https://example.org/pl/services/b/']);
  });
});
