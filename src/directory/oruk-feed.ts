import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Reads every service record from an ORUK 3.0 source at build time:
 * - an https address of an ORUK API: GET /services page by page, then /services/{id} for each;
 * - a local JSON file: one service, an array of services, or a page with `contents`.
 */
export type Fetcher = (url: string) => Promise<unknown>;

const getJson: Fetcher = async (url) => {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
};

function recordsIn(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object' && Array.isArray((json as { contents?: unknown }).contents)) return (json as { contents: unknown[] }).contents;
  return [json];
}

/** The most pages read from one feed: a safety stop for a feed that never says last_page. */
const maxPages = 1000;

export async function readFeed(source: string, get: Fetcher = getJson): Promise<unknown[]> {
  if (!/^https?:\/\//.test(source)) return recordsIn(JSON.parse(readFileSync(resolve(source), 'utf8')));
  const base = source.replace(/\/+$/, '');
  const ids: string[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const body = (await get(`${base}/services?page=${page}&per_page=100`)) as { contents?: { id?: unknown }[]; last_page?: boolean };
    const contents = Array.isArray(body?.contents) ? body.contents : [];
    ids.push(...contents.map((c) => String(c?.id)));
    if (body?.last_page !== false || contents.length === 0) break;
  }
  // Nested records come only from /services/{id}; a few at a time to be kind to the feed.
  const records: unknown[] = [];
  for (let i = 0; i < ids.length; i += 8) {
    records.push(...(await Promise.all(ids.slice(i, i + 8).map((id) => get(`${base}/services/${encodeURIComponent(id)}`)))));
  }
  return records;
}
