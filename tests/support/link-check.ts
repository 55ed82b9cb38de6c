import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { notPages, servicePageAddresses } from '../../src/build/service-addresses.ts';
import { serviceAddress, serviceHtml } from './service-page-files.ts';

/**
 * Internal links and #anchors on a built site that lead nowhere. Plain regexes over the
 * HTML files and the service pages the Worker puts together (no browser), so it runs over
 * hundreds of pages in a second or two.
 */
export interface BrokenLink { page: string; href: string; problem: string }

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

function htmlFiles(dir: string, skip: (path: string) => boolean, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip(path) || notPages.has(entry.name)) continue;
    if (entry.isDirectory()) htmlFiles(path, skip, found);
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found;
}

/** The file a path on the site is served from ("service:" and its address for a service page), or undefined when there is none. */
function fileFor(dist: string, pathname: string): string | undefined {
  const service = serviceAddress(pathname);
  if (service) return serviceHtml(dist, service.locale, service.id) === undefined ? undefined : `service:${pathname}`;
  const local = join(dist, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(join(local, 'index.html')) ? join(local, 'index.html') : undefined;
  if (existsSync(local) && statSync(local).isFile()) return local;
  return undefined;
}

export function brokenLinks(dist: string, options: { origin: string; skip: (sitePath: string) => boolean }): { pages: number; links: number; broken: BrokenLink[] } {
  const read = (file: string) => {
    const service = file.startsWith('service:') ? serviceAddress(file.slice('service:'.length)) : undefined;
    return service ? serviceHtml(dist, service.locale, service.id)! : readFileSync(file, 'utf8');
  };
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...read(file).matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1]!))));
    return ids.get(file)!;
  };
  const files = [
    ...htmlFiles(dist, (p) => options.skip(`/${relative(dist, p)}`)),
    ...servicePageAddresses(dist).filter((address) => !options.skip(address)).map((address) => `service:${address}`),
  ];
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of files) {
    const page = file.startsWith('service:') ? file.slice('service:'.length) : `/${relative(dist, file)}`.replace(/index\.html$/, '');
    const html = read(file);
    for (const m of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
      const href = decode(m[1]!);
      const url = new URL(href, options.origin + page);
      if (url.origin !== options.origin || !/^https?:$/.test(url.protocol) || options.skip(url.pathname)) continue;
      links++;
      const target = fileFor(dist, url.pathname);
      if (!target) broken.push({ page, href, problem: 'no such page' });
      else if (url.hash && url.hash !== '#' && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push({ page, href, problem: `no id "${url.hash.slice(1)}" on ${url.pathname}` });
    }
  }
  return { pages: files.length, links, broken };
}
