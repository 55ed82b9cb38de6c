/**
 * After the build: writes dist/sitemap.xml (an index) and a sitemap per language with every public page and, for each, its other
 * languages (hreflang). The editor (/admin/), "page not found" pages and redirects are left out.
 * Run by `npm run build`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { localePath, splitLocale } from '../i18n/routes.ts';
import { notPages, servicePageAddresses } from './service-addresses.ts';
import { escapeMarkup } from '../site/escape-markup.ts';
import { readSiteConfig } from '../site/read-config.ts';

const dist = process.argv[2] ?? 'dist';

/** The address of every page: each index.html under `dir`, like "/pl/updates/", and the service pages. */
export function pageAddresses(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!['admin', 'staff', 'pagefind', '_astro'].includes(entry.name) && !notPages.has(entry.name)) walk(join(folder, entry.name));
      } else if (entry.name === 'index.html') found.push(`/${relative(dir, folder)}/`.replace('//', '/'));
    }
  };
  walk(dir);
  return [...found, ...servicePageAddresses(dir)].sort();
}


/** A sitemap with an xhtml:link alternate for each language a page exists in. */
export function sitemapXml(addresses: string[], siteUrl: string, codes: string[], allAddresses = addresses): string {
  const present = new Set(allAddresses);
  const absolute = (path: string) => escapeMarkup(new URL(path, siteUrl).href);
  const urls = addresses.map((address) => {
    const { path } = splitLocale(codes, address);
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

/**
 * URLs per sitemap file. The protocol allows 50,000 and 50 MB; with a link for each language,
 * 10,000 URLs stay well under Cloudflare's 25 MB per file (a 5,000-service directory made one
 * 31 MB sitemap).
 */
export const urlsPerSitemap = 10_000;

/**
 * Every sitemap file by name: one or more per language (`sitemap-pl.xml`, `sitemap-pl-2.xml`)
 * and `sitemap.xml`, the index that lists them (the address robots.txt gives).
 */
export function sitemapFiles(addresses: string[], siteUrl: string, codes: string[], perFile = urlsPerSitemap): Map<string, string> {
  const files = new Map<string, string>();
  for (const code of codes) {
    const own = addresses.filter((address) => splitLocale(codes, address).code === code);
    for (let start = 0, part = 1; start < own.length; start += perFile, part++) {
      files.set(`sitemap-${code}${part > 1 ? `-${part}` : ''}.xml`, sitemapXml(own.slice(start, start + perFile), siteUrl, codes, addresses));
    }
  }
  const index = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...[...files.keys()].map((name) => `  <sitemap><loc>${escapeMarkup(new URL(name, siteUrl).href)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return new Map([['sitemap.xml', index], ...files]);
}

if (import.meta.main) {
  // The content the site was built from: content/, or the folder FHP_CONTENT_DIR names (as astro.config.mjs reads it).
  const site = readSiteConfig(join(process.env.FHP_CONTENT_DIR ?? 'content', 'site.yaml'));
  const addresses = pageAddresses(dist);
  const files = sitemapFiles(addresses, site.service.url, site.locales.map((l) => l.code));
  for (const [name, xml] of files) writeFileSync(join(dist, name), xml);
  console.log(`sitemap.xml: ${addresses.length} pages in ${files.size - 1} sitemaps`);
}
