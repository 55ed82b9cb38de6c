/**
 * After the build: writes dist/sitemap.xml with every public page and, for each, its other
 * languages (hreflang). The editor (/admin/), "page not found" pages and redirects are left out.
 * Run by `npm run build`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { site } from '../site/config.ts';
import { localePath, splitLocale } from '../i18n/routes.ts';

const dist = process.argv[2] ?? 'dist';

/** The address of every index.html under `dir`, like "/pl/updates/". */
export function pageAddresses(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!['admin', 'staff', 'pagefind', '_astro'].includes(entry.name)) walk(join(folder, entry.name));
      } else if (entry.name === 'index.html') found.push(`/${relative(dir, folder)}/`.replace('//', '/'));
    }
  };
  walk(dir);
  return found.sort();
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sitemap with an xhtml:link alternate for each language a page exists in. */
export function sitemapXml(addresses: string[], siteUrl: string, codes: string[]): string {
  const present = new Set(addresses);
  const absolute = (path: string) => escape(new URL(path, siteUrl).href);
  const urls = addresses.map((address) => {
    const { path } = splitLocale(address);
    const alternates = codes.map((code) => [code, localePath(code, path)] as const).filter(([, p]) => present.has(p));
    return [
      '  <url>',
      `    <loc>${absolute(address)}</loc>`,
      ...(alternates.length > 1 ? alternates.map(([code, p]) => `    <xhtml:link rel="alternate" hreflang="${code}" href="${absolute(p)}"/>`) : []),
      '  </url>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

if (import.meta.main) {
  const addresses = pageAddresses(dist);
  writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(addresses, site.service.url, site.locales.map((l) => l.code)));
  console.log(`sitemap.xml: ${addresses.length} pages`);
}
