import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Reads every service record from an ORUK 3.0 source at build time:
 * - the address of an ORUK API: GET /services page by page (list pages may be shallow and may
 *   ignore per_page), then /services/{id} for each service, a few at a time;
 * - a local JSON file: one service, an array of services, or a page with `contents`.
 *
 * Real APIs are slow and busy: each request has a timeout and is retried with back-off on
 * 429 and 5xx (waiting as long as Retry-After asks). A copy of each service is kept on disk
 * with its last_modified, so the next build fetches only services that changed, and a feed
 * that cannot be reached is built from its last good copy with a warning.
 */

export interface FeedOptions {
  /** How long one request may take, in ms. */
  timeoutMs?: number;
  /** Tries after the first, for 429, 5xx, timeouts and dropped connections. */
  retries?: number;
  /** The first wait before trying again, in ms; it doubles each time. */
  backoffMs?: number;
  /** The longest wait, however long Retry-After asks for, in ms. */
  maxWaitMs?: number;
  /** Requests at once. */
  concurrency?: number;
  /** Where the last good copy of each feed is kept. */
  cacheDir?: string;
}

export interface FeedRead {
  records: unknown[];
  /** Services listed but not fetched, and why. */
  failed: { id: string; reason: string }[];
  warnings: string[];
  /** Services fetched this time, and copies reused because last_modified had not changed. */
  fetched: number;
  reused: number;
  /** True when the whole feed came from the last good copy. */
  fromCache: boolean;
}

export class HttpError extends Error {
  constructor(readonly url: string, readonly status: number) {
    super(`${url} answered ${status}`);
  }
}

const defaults = {
  timeoutMs: 30_000, retries: 4, backoffMs: 1_000, maxWaitMs: 60_000, concurrency: 4,
  cacheDir: '.cache/oruk',
} satisfies Required<FeedOptions>;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Retry-After in ms: seconds or an HTTP date. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export async function getJson(url: string, options: FeedOptions = {}): Promise<unknown> {
  const o = { ...defaults, ...options };
  let lastProblem = '';
  for (let attempt = 0; ; attempt++) {
    let wait = o.backoffMs * 2 ** attempt;
    try {
      const res = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(o.timeoutMs) });
      if (res.ok) return await res.json();
      await res.body?.cancel();
      if (res.status !== 429 && res.status < 500) throw new HttpError(url, res.status);
      lastProblem = `answered ${res.status}`;
      wait = retryAfter(res.headers.get('Retry-After')) ?? wait;
    } catch (error) {
      if (error instanceof HttpError) throw error;
      const e = error as Error;
      lastProblem = e.name === 'TimeoutError' ? `did not answer within ${o.timeoutMs / 1000} s` : e.message;
    }
    if (attempt >= o.retries) throw new Error(`${url} ${lastProblem} (${attempt + 1} tries)`);
    await sleep(Math.min(wait, o.maxWaitMs));
  }
}

/** Runs `work` on every item, at most `limit` at once, keeping the order. */
async function inTurn<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function recordsIn(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object' && Array.isArray((json as { contents?: unknown }).contents)) return (json as { contents: unknown[] }).contents;
  return [json];
}

const idOf = (v: unknown) => {
  const id = (v as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
};
const modifiedOf = (v: unknown) => {
  const m = (v as { last_modified?: unknown } | null)?.last_modified;
  return typeof m === 'string' && m ? m : undefined;
};

/** The most pages read from one feed: a safety stop for a feed that never says which page is last. */
const maxPages = 2000;

interface Listed { id: string; last_modified?: string }

/** Every service the API lists. Follows last_page / total_pages, whatever page size the API chose. */
async function listServices(base: string, options: FeedOptions): Promise<Listed[]> {
  const seen = new Map<string, Listed>();
  for (let page = 1; page <= maxPages; page++) {
    const body = (await getJson(`${base}/services?page=${page}&per_page=100`, options)) as { contents?: unknown[]; last_page?: unknown; total_pages?: unknown } | unknown[];
    const contents = Array.isArray(body) ? body : Array.isArray(body?.contents) ? body.contents : [];
    let fresh = 0;
    for (const item of contents) {
      const id = idOf(item);
      if (id && !seen.has(id)) {
        fresh++;
        seen.set(id, { id, last_modified: modifiedOf(item) });
      }
    }
    // An API that ignores `page` sends the same services again: nothing new means the end.
    if (Array.isArray(body) || fresh === 0 || body.last_page === true) break;
    if (typeof body.total_pages === 'number' && page >= body.total_pages) break;
  }
  return [...seen.values()];
}

interface CachedFeed { source: string; savedAt: string; services: { id: string; last_modified?: string; record: unknown }[] }

export const cacheFile = (source: string, dir = defaults.cacheDir) => join(resolve(dir), `${createHash('sha1').update(source).digest('hex').slice(0, 16)}.json`);

function readCache(file: string): CachedFeed | undefined {
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as CachedFeed;
    return Array.isArray(cached.services) ? cached : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, feed: CachedFeed) {
  mkdirSync(resolve(file, '..'), { recursive: true });
  // Written aside then renamed, so a build stopped half-way never leaves half a copy.
  writeFileSync(`${file}.tmp`, JSON.stringify(feed));
  renameSync(`${file}.tmp`, file);
}

/**
 * Some APIs give only organization_id in /services/{id}: the organisation is fetched once from
 * /organizations/{id}. One that cannot be had is left out; the loader names the services it costs.
 */
async function addOrganisations(base: string, records: unknown[], options: FeedOptions) {
  const wanting = records.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && !(r as Record<string, unknown>).organization && typeof (r as Record<string, unknown>).organization_id === 'string');
  const ids = [...new Set(wanting.map((r) => r.organization_id as string))];
  const found = new Map<string, unknown>();
  await inTurn(ids, options.concurrency ?? defaults.concurrency, async (id) => {
    try {
      found.set(id, await getJson(`${base}/organizations/${encodeURIComponent(id)}`, options));
    } catch {
      // Left for the loader to report against each service.
    }
  });
  for (const r of wanting) if (found.has(r.organization_id as string)) r.organization = found.get(r.organization_id as string);
}

export async function readFeed(source: string, options: FeedOptions = {}): Promise<FeedRead> {
  if (!/^https?:\/\//.test(source)) {
    const records = recordsIn(JSON.parse(readFileSync(resolve(source), 'utf8')));
    return { records, failed: [], warnings: [], fetched: records.length, reused: 0, fromCache: false };
  }
  const o = { ...defaults, ...options };
  const base = source.replace(/\/+$/, '');
  const file = cacheFile(source, o.cacheDir);
  const cache = readCache(file);
  const lastGoodCopy = (why: string): FeedRead => {
    if (!cache) throw new Error(`${source} ${why}, and there is no earlier copy of it (${file}). The build stops rather than publish a directory without it.`);
    return {
      records: cache.services.map((s) => s.record), failed: [], fetched: 0, reused: cache.services.length, fromCache: true,
      warnings: [`${source} ${why}. Using the last good copy, saved ${cache.savedAt} (${cache.services.length} services): the directory may be out of date.`],
    };
  };

  let listed: Listed[];
  try {
    listed = await listServices(base, o);
  } catch (error) {
    return lastGoodCopy(`could not be reached: ${(error as Error).message}`);
  }
  if (!listed.length && cache?.services.length) return lastGoodCopy('listed no services at all');

  const known = new Map(cache?.services.map((s) => [s.id, s]));
  const warnings: string[] = [];
  const failed: FeedRead['failed'] = [];
  let reused = 0;
  const services = await inTurn(listed, o.concurrency, async (item) => {
    const old = known.get(item.id);
    if (old && item.last_modified && old.last_modified === item.last_modified) {
      reused++;
      return old;
    }
    try {
      const record = await getJson(`${base}/services/${encodeURIComponent(item.id)}`, o);
      return { id: item.id, last_modified: item.last_modified ?? modifiedOf(record), record };
    } catch (error) {
      const why = error instanceof HttpError && error.status === 404 ? 'listed, but /services/{id} answered 404' : `could not be fetched: ${(error as Error).message}`;
      if (old) {
        reused++;
        warnings.push(`service ${item.id} ${why}; its last good copy is used`);
        return old;
      }
      failed.push({ id: item.id, reason: why });
      return undefined;
    }
  });
  const kept = services.filter((s) => s !== undefined);
  await addOrganisations(base, kept.map((s) => s.record), o);
  writeCache(file, { source, savedAt: new Date().toISOString(), services: kept });
  return { records: kept.map((s) => s.record), failed, warnings, fetched: kept.length - reused, reused, fromCache: false };
}
