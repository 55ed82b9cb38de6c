/**
 * GET /<lang>/services/<id>/: a service page, put together from its language's shell and the
 * parts file that holds the service (src/directory/service-pages.ts says why and how). Every
 * other address under /services/ is a static file and goes on to the assets, except the shells
 * and parts files themselves, which only this code reads.
 */
import { findPart, partOf, partsFolder, partsPath, serviceIdPattern, servicePage, shellFolder, shellPath } from '../../src/directory/service-pages.ts';
import { problem } from './http.ts';
import { localePath } from '../../src/i18n/locale-path.ts';
import { htmlPage } from './html-page.ts';

export interface ServicePageDeps {
  /** A file from the built site (dist/), read through the static assets binding. */
  asset: (path: string) => Promise<Response>;
}

/** "/services/<x>…" in English, "/<code>/services/<x>…" in another language (English has no prefix). */
const underServices = /^\/(?:([a-z]{2,3})\/)?services\/([^/]+)(\/.*)?$/;

/** The answer for a service page's address, or undefined for addresses the assets answer. */
export async function servicePageAnswer(request: Request, deps: ServicePageDeps): Promise<Response | undefined> {
  const url = new URL(request.url);
  const found = underServices.exec(url.pathname);
  if (!found || found[1] === 'en') return undefined;
  const [, locale = 'en', segment = '', rest = ''] = found;
  const notPage = segment === partsFolder || segment === shellFolder;
  if (!notPage && !serviceIdPattern.test(segment)) return undefined;
  // A language this site does not offer has no shell: the assets' own "page not found".
  const shell = await deps.asset(shellPath(locale));
  if (!shell.ok) return undefined;
  if (notPage) return notFound(deps, locale);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return problem(405, 'method_not_allowed', 'Use GET.', { Allow: 'GET, HEAD' });
  }
  // As the static pages are: with a slash at the end.
  if (rest === '') return new Response(null, { status: 308, headers: { Location: `${url.pathname}/${url.search}` } });
  if (rest !== '/') return notFound(deps, locale);
  const parts = await deps.asset(partsPath(locale, partOf(segment)));
  const part = parts.ok ? findPart(await parts.text(), segment) : undefined;
  if (!part) return notFound(deps, locale);
  // Changes only with a new build: a browser that has the page already is told so (304). Only
  // when both files have an ETag: without one, no two pages may share a tag.
  const tags = [shell, parts].map((r) => (r.headers.get('ETag') ?? '').replace(/^W\/|"/g, ''));
  const etag = tags.every(Boolean) ? `"${segment}-${tags.join('-')}"` : undefined;
  const cacheControl = 'public, max-age=0, must-revalidate';
  if (etag && request.headers.get('If-None-Match')?.split(/\s*,\s*/).some((tag) => tag.replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers: { 'Cache-Control': cacheControl, ETag: etag } });
  }
  const page = await htmlPage(servicePage(await shell.text(), segment, part), 200, cacheControl);
  if (etag) page.headers.set('ETag', etag);
  return page;
}

/** The language's own "page not found" (the English one if it has none), as the assets would answer an address they do not have. */
async function notFound(deps: ServicePageDeps, locale: string): Promise<Response> {
  const own = await deps.asset(localePath(locale, '/404'));
  return htmlPage(await (own.ok ? own : await deps.asset('/404')).text(), 404, 'no-cache');
}
