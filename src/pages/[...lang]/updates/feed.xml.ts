import type { APIRoute } from 'astro';
import { build, content } from 'virtual:fhp/content';
import { localePath, localeStaticPaths } from '../../../i18n/routes.ts';
import { translator } from '../../../i18n/translate.ts';
import { atomFeed } from '../../../updates/feed.ts';
import { localUpdates } from '../../../updates/load.ts';

/** /updates/feed.xml, /pl/updates/feed.xml, …: the live updates as an Atom feed, one per language. */
export const getStaticPaths = () => localeStaticPaths(content.site.locales);

export const GET: APIRoute = async ({ props }) => {
  const locale = props.locale as string;
  const t = translator(content.words, locale);
  const absolute = (path: string) => new URL(localePath(locale, path), content.site.service.url).href;
  const updates = await localUpdates(locale, build.buildTime);
  const xml = atomFeed({
    self: absolute('/updates/feed.xml'),
    page: absolute('/updates/'),
    title: t('updates.feedTitle', { service: content.site.service.shortName }),
    lang: locale,
    author: content.site.council.name,
    now: build.buildTime,
    entries: updates.map((u) => ({ url: absolute(`/updates/${u.slug}/`), title: u.title, summary: u.summary, published: u.published, lang: u.lang })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
