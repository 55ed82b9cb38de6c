import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFile, readFeed, type FeedOptions } from '../../src/directory/oruk-feed.ts';
import { feedSummary, importFeeds } from '../../src/directory/oruk-loader.ts';
import { loadDirectory, site } from '../support/content.ts';
import { startOrukApi, type FakeOrukApi } from '../support/oruk-api.ts';
import { councilFeed, foodBank, hostile, youthSupport } from '../fixtures/oruk-feeds.ts';

const opened: FakeOrukApi[] = [];
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()));
  folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true }));
});

async function api(services: Record<string, unknown>[], pageSize = 2) {
  const started = await startOrukApi(structuredClone(services) as never, { pageSize });
  opened.push(started);
  return started;
}
/** Short waits so the tests stay quick; the same code paths as the real defaults. */
function options(more: FeedOptions = {}): FeedOptions {
  const cacheDir = mkdtempSync(join(tmpdir(), 'fhp-oruk-cache-'));
  folders.push(cacheDir);
  return { timeoutMs: 400, retries: 3, backoffMs: 20, maxWaitMs: 2000, concurrency: 2, cacheDir, ...more };
}
const ids = (records: unknown[]) => records.map((r) => (r as { id: string }).id);
const detail = (id: string) => `/services/${id}`;

describe('reading an ORUK API like the ones councils publish', () => {
  it('gets every full record through shallow list pages of its own size, 429 with Retry-After, a 500, a slow answer and 404s it does not need', async () => {
    const services = [...councilFeed, hostile, { ...foodBank, id: '7e57ab1e-0000-4000-8000-000000000001', name: 'Westgate Food Bank' }];
    const feed = await api(services, 2);
    feed.fault('/services?page=1', { status: 429, retryAfter: '1' });
    feed.fault(detail(youthSupport.id), { status: 500 }, { status: 502 });
    feed.fault(detail(hostile.id), { delayMs: 1500 });
    const read = await readFeed(feed.url, options());

    // Six services over three pages of two, though the reader asked for 100 a page.
    expect(ids(read.records)).toEqual(services.map((s) => s.id));
    expect(read.records[0]).toMatchObject({ phones: youthSupport.phones, service_areas: youthSupport.service_areas });
    expect(read.failed).toEqual([]);
    expect(feed.requests.filter((r) => r === '/services?page=1')).toHaveLength(2);
    expect(feed.requests.filter((r) => r === detail(youthSupport.id))).toHaveLength(3);
    expect(feed.requests.filter((r) => r === detail(hostile.id))).toHaveLength(2);
    expect(feed.requests.some((r) => r.startsWith('/taxonomy_terms') || r.startsWith('/service_at_locations'))).toBe(false);
    expect(feed.mostAtOnce).toBeLessThanOrEqual(2);
  });

  it('stops listing when an API that ignores page sends the same services again', async () => {
    const feed = await startOrukApi(structuredClone(councilFeed) as never, { pageSize: 50, ignorePage: true });
    opened.push(feed);
    const read = await readFeed(feed.url, options());
    expect(ids(read.records)).toEqual(councilFeed.map((s) => s.id));
    expect(feed.requests.filter((r) => r.startsWith('/services?'))).toEqual(['/services?page=1', '/services?page=2']);
  });

  it('on a rebuild fetches only the services whose last_modified changed', async () => {
    const feed = await api(councilFeed);
    const o = options();
    await readFeed(feed.url, o);
    feed.requests.length = 0;
    feed.services[1] = { ...feed.services[1]!, name: 'Eastmoor Food Bank and Pantry', last_modified: '2026-12-01T08:00:00Z' };
    const again = await readFeed(feed.url, o);
    expect(feed.requests.filter((r) => r.startsWith('/services/'))).toEqual([detail(foodBank.id)]);
    expect(again).toMatchObject({ fetched: 1, reused: 3, fromCache: false });
    expect((again.records[1] as { name: string }).name).toBe('Eastmoor Food Bank and Pantry');
  });

  it('when the API cannot be reached, builds from the last good copy and says so', async () => {
    const feed = await api(councilFeed);
    const o = options({ retries: 1 });
    await readFeed(feed.url, o);
    feed.down = true;
    const read = await readFeed(feed.url, o);
    expect(read.fromCache).toBe(true);
    expect(ids(read.records)).toEqual(councilFeed.map((s) => s.id));
    expect(read.warnings.join('\n')).toMatch(/could not be reached: .*answered 503.*Using the last good copy, saved \d{4}-\d\d-\d\d.* \(4 services\)/s);
  });

  it('when the API cannot be reached and there is no copy, stops with a clear message (never an empty directory)', async () => {
    const feed = await api(councilFeed);
    feed.down = true;
    const o = options({ retries: 1 });
    await expect(readFeed(feed.url, o)).rejects.toThrow(/could not be reached: .*503.*there is no earlier copy of it/);
    expect(existsSync(cacheFile(feed.url, o.cacheDir))).toBe(false);
  });

  it('fetches the organisation once when /services/{id} gives only organization_id', async () => {
    const { organization, ...withoutOrganisation } = youthSupport;
    const second = { ...withoutOrganisation, id: '93657689-252d-5a77-de87-42ca43452b0f', name: 'Talk It Out: parents' };
    const feed = await startOrukApi([withoutOrganisation, second] as never, { organizations: [organization] });
    opened.push(feed);
    const read = await readFeed(feed.url, options());
    expect(read.records.map((r) => (r as { organization?: { name: string } }).organization?.name)).toEqual([organization.name, organization.name]);
    expect(feed.requests.filter((r) => r.startsWith('/organizations/'))).toEqual([`/organizations/${organization.id}`]);
  });

  it('names a listed service whose detail cannot be had, and keeps the rest', async () => {
    const feed = await api(councilFeed);
    feed.fault(detail(foodBank.id), { status: 404 });
    const read = await readFeed(feed.url, options());
    expect(read.failed).toEqual([{ id: foodBank.id, reason: 'listed, but /services/{id} answered 404' }]);
    expect(ids(read.records)).toEqual(councilFeed.filter((s) => s !== foodBank).map((s) => s.id));
  });
});

describe('the build log for each feed', () => {
  it('merges two feeds and ends each with imported, adjusted by reason and skipped with why', async () => {
    const council = await api(councilFeed);
    const voluntary = await api([hostile, { ...foodBank, name: 'Eastmoor Food Bank (voluntary sector copy)' }]);
    const reports = await importFeeds([council.url, voluntary.url], () => {}, { ...loadDirectory(), taxonomy: site.directory.taxonomy, cacheDir: options().cacheDir! });
    const [first, second] = reports.map(feedSummary);
    expect(first).toContain(`ORUK feed ${council.url}: imported 2, adjusted 2, skipped 2`);
    expect(first).toContain('adjusted 1: phone with a label: the label is shown beside the number');
    expect(first).toContain('adjusted 2: id shaped like a UUID but not RFC 4122: kept as it is');
    expect(first).toContain('adjusted 1: age of -1 or out of range: read as not given');
    expect(first).toContain('skipped 0a0a0a0a-0b0b-0c0c-0d0d-0e0e0e0e0e0e: no name');
    expect(first).toContain('skipped 1b1b1b1b-2c2c-3d3d-4e4e-5f5f5f5f5f5f "Drop-in (details to follow)": no way to get in touch');
    expect(second).toContain(`ORUK feed ${voluntary.url}: imported 1, adjusted 1, skipped 1`);
    expect(second).toContain(`skipped ${foodBank.id} "Eastmoor Food Bank (voluntary sector copy)": already imported from ${council.url}, which comes first`);
  });
});
