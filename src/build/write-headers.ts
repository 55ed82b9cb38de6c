/**
 * After the build: hashes every inline <script> and <style> Astro left in the pages and
 * writes dist/_headers, so static pages get a strict Content-Security-Policy (no
 * 'unsafe-inline') and the other security headers. Run by `npm run build`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminCsp, inlineSources, pageCsp, securityHeaders } from '../site/security-headers.ts';
import { readSiteConfig } from '../site/read-config.ts';

const dist = process.argv[2] ?? 'dist';
// The content the site was built from: content/, or the folder FHP_CONTENT_DIR names (as astro.config.mjs reads it).
const site = readSiteConfig(join(process.env.FHP_CONTENT_DIR ?? 'content', 'site.yaml'));

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Inline script and style hashes across all pages (a union: _headers allows few rules). */
export function inlineHashes(htmlPages: Iterable<string>) {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const html of htmlPages) {
    const found = inlineSources(html);
    for (const script of found.scripts) scripts.add(sha256(script));
    for (const style of found.styles) styles.add(sha256(style));
  }
  return { scriptHashes: [...scripts].sort(), styleHashes: [...styles].sort() };
}

function block(pattern: string, headers: Record<string, string>, detach: string[] = []) {
  return [pattern, ...detach.map((h) => `  ! ${h}`), ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
}

// The editor's page is not public and has its own policy: its scripts are not hashed here.
const publicPages = [...htmlFiles(dist)].filter((file) => !file.startsWith(join(dist, 'admin')));
const hashes = inlineHashes(publicPages.map((file) => readFileSync(file, 'utf8')));
const everyPage = securityHeaders(pageCsp(hashes));
const searchCsp = { 'Content-Security-Policy': pageCsp({ ...hashes, allowWasm: true }) };
const searchPaths = site.locales.map((l) => (l.code === 'en' ? '/search/' : `/${l.code}/search/`));

const rules = [
  '# Written by src/build/write-headers.ts: do not edit.',
  block('/*', everyPage),
  // Hashed file names never change content: cache them for a year.
  block('/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
  ...searchPaths.map((path) => block(path, searchCsp, ['Content-Security-Policy'])),
  // The questions: never kept in any cache, nor in the back-forward cache with answers on show.
  ...site.locales.map((l) => block(`${l.code === 'en' ? '' : `/${l.code}`}/worried/*`, { 'Cache-Control': 'no-store' })),
  // The updates feeds are Atom, not any XML: feed readers and browsers tell them by their type.
  ...site.locales.map((l) => block(`${l.code === 'en' ? '' : `/${l.code}`}/updates/feed.xml`, { 'Content-Type': 'application/atom+xml; charset=utf-8' }, ['Content-Type'])),
  // Pagefind searches in a Web Worker, which takes its policy from its own response.
  block('/pagefind/*', searchCsp, ['Content-Security-Policy']),
  // The editor for staff: its own, wider policy (see adminCsp), kept off every public page.
  block('/admin/*', { 'Content-Security-Policy': adminCsp(), 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-cache' }, ['Content-Security-Policy']),
];
writeFileSync(join(dist, '_headers'), `${rules.join('\n')}\n`);
console.log(`_headers: ${hashes.scriptHashes.length} inline script and ${hashes.styleHashes.length} inline style hashes`);
