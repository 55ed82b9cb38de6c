/**
 * GET /<lang>/services/<id>/: a service page, put together from its language's shell and the
 * parts file that holds the service (src/directory/service-pages.ts says why and how). Every
 * other address under /services/ is a static file and goes on to the assets, except the shells
 * and parts files themselves, which only this code reads.
 */
import { findPart, partOf, partsPath, serviceIdPattern, servicePage, shellPath } from '../../src/directory/service-pages.ts';
import { localePath } from '../../src/i18n/locale-path.ts';
import { htmlPage } from './html-page.ts';

export interface ServicePageDeps {
  /** A file from the built site (dist/), read through the static assets binding. */
  asset: (path: string) => Promise<Response>;
}

const underServices = /^\/(?:([a-z]{2,3})\/)?services\/([^/]+)(\/.*)?$/;

/** The answer for a service page's address, or undefined for addresses the assets answer. */
export async function servicePageAnswer(request: Request, deps: ServicePageDeps): Promise<Response | undefined> {
  const url = new URL(request.url);
  const found = underServices.exec(url.pathname);
  if (!found) return undefined;
  const [, locale = 'en', segment = '', rest = ''] = found;
  if (segment === 'parts' || segment === 'page-shell') return notFound(deps, locale);
  if (!serviceIdPattern.test(segment)) return undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  // As the static pages are: with a slash at the end.
  if (rest === '') return new Response(null, { status: 308, headers: { Location: `${url.pathname}/${url.search}` } });
  if (rest !== '/') return notFound(deps, locale);
  const [shell, parts] = await Promise.all([deps.asset(shellPath(locale)), deps.asset(partsPath(locale, partOf(segment)))]);
  // A language this site does not offer: the assets' own "page not found".
  if (!shell.ok) return undefined;
  const part = parts.ok ? findPart(await parts.text(), segment) : undefined;
  if (!part) return notFound(deps, locale);
  return htmlPage(servicePage(await shell.text(), segment, part), 200, 'public, max-age=0, must-revalidate');
}

/** The language's own "page not found", as the assets would answer an address they do not have. */
async function notFound(deps: ServicePageDeps, locale: string): Promise<Response> {
  const res = await deps.asset(localePath(locale, '/404'));
  return htmlPage(res.ok ? await res.text() : 'Page not found', 404, 'no-cache');
}
