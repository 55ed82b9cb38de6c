import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { notPages, servicePageAddresses } from '../../src/build/service-addresses.ts';

/**
 * Every page in dist/ as the address a user would visit, 404 pages as their own file, and the
 * service pages the Worker puts together from the shells and parts files (not pages themselves).
 */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro' && !notPages.has(entry.name)) walk(path);
      } else if (entry.name === 'index.html') pages.push(`/${relative(dist, dir)}/`.replace(/^\/\/$/, '/').replace('//', '/'));
      else if (entry.name.endsWith('.html')) pages.push(`/${relative(dist, path)}`);
    }
  };
  walk(dist);
  return [...pages, ...servicePageAddresses(dist)].sort();
}

/** The language of a built page's address: its first path part, or English. */
export function pageLocale(path: string, codes: string[]): string {
  const first = path.split('/')[1] ?? '';
  return codes.includes(first) ? first : 'en';
}
