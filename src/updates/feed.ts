/** An Atom feed (RFC 4287) of updates: built as text, so no XML library reaches the build output. */
import { escapeMarkup } from '../site/escape-markup.ts';

export interface FeedEntry {
  url: string;
  title: string;
  summary: string;
  /** A day like 2026-11-02. */
  published: string;
  lang: string;
}

export interface Feed {
  /** The address of the feed itself. */
  self: string;
  /** The updates page the feed mirrors. */
  page: string;
  title: string;
  lang: string;
  author: string;
  entries: FeedEntry[];
  /** Used for <updated> when there are no entries. */
  now: Date;
}

const dayTime = (isoDay: string) => `${isoDay}T00:00:00Z`;

export function atomFeed(feed: Feed): string {
  // The feed changes when its newest entry does, not every time the site is built.
  const updated = feed.entries.map((e) => dayTime(e.published)).sort().at(-1) ?? feed.now.toISOString();
  const entries = feed.entries.map((e) =>
    [
      `  <entry${e.lang === feed.lang ? '' : ` xml:lang="${escapeMarkup(e.lang)}"`}>`,
      `    <id>${escapeMarkup(e.url)}</id>`,
      `    <title>${escapeMarkup(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeMarkup(e.url)}"/>`,
      `    <published>${dayTime(e.published)}</published>`,
      `    <updated>${dayTime(e.published)}</updated>`,
      `    <summary>${escapeMarkup(e.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeMarkup(feed.lang)}">`,
    `  <id>${escapeMarkup(feed.page)}</id>`,
    `  <title>${escapeMarkup(feed.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeMarkup(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeMarkup(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(feed.page)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
