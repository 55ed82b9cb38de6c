import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { site } from '../support/content.ts';
import { brokenLinks } from '../support/link-check.ts';

// Runs on the built site (npm test builds it first; on its own: npm run build).
// The editor (/admin/) is a staff tool made by Sveltia CMS, and Pagefind's files are its own.
const skip = (path: string) => path.startsWith('/admin/') || path.startsWith('/pagefind/') || path.startsWith('/_astro/');

describe('links on the built site', () => {
  it('has no internal link or #anchor that leads nowhere, on any page in any language', () => {
    expect(existsSync('dist/index.html'), 'dist/ is missing: run npm run build first').toBe(true);
    const { pages, links, broken } = brokenLinks('dist', { origin: new URL(site.service.url).origin, skip });
    console.log(`  checked ${links} internal links on ${pages} pages`);
    expect(pages).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('finds a broken anchor and a missing page (the checker itself works)', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'fhp-links-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'index.html'), '<a href="/a/#here">ok</a><a href="/a/#gone">bad anchor</a><a href="/missing/">bad page</a><a href="https://example.org/x">external</a><a href="tel:0113">tel</a>');
    writeFileSync(join(dir, 'a', 'index.html'), '<h2 id="here">Here</h2><a href="#top">top</a>');
    const { broken, links } = brokenLinks(dir, { origin: 'https://site.example', skip: () => false });
    rmSync(dir, { recursive: true, force: true });
    expect(links).toBe(4);
    expect(broken.map((b) => `${b.page} ${b.href}`).sort()).toEqual(['/ /a/#gone', '/ /missing/', '/a/ #top']);
  });
});
