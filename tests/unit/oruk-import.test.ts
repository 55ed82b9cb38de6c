import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadDirectory, site } from '../support/content.ts';
import { adjusted, fromOruk } from '../../src/directory/oruk-import.ts';
import type { Service } from '../../src/directory/schema.ts';
import { foodBank, hostile, youthSupport } from '../fixtures/oruk-feeds.ts';
import { orukService } from '../../src/directory/oruk-export.ts';
import { readFeed } from '../../src/directory/oruk-feed.ts';
import { handleOpenReferral } from '../../functions/core/openreferral.ts';
import { stableUuid } from '../../src/directory/stable-uuid.ts';
import { summaryOf } from '../../src/directory/summary.ts';

const taxonomy = site.directory.taxonomy;

const directory = loadDirectory();
const example = JSON.parse(readFileSync('tests/fixtures/oruk/examples/service_full.json', 'utf8'));

describe('importing an ORUK 3.0 record', () => {
  it('imports the ORUK example service_full.json cleanly', () => {
    const result = fromOruk(example, directory.categories, taxonomy);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const { service, organisation, locations } = result.value;
    expect(service).toMatchObject({ id: example.id, name: 'Community Counselling', minimum_age: 12, maximum_age: 100, assured_date: '2005-01-01' });
    expect(service.schedules[0]).toMatchObject({ byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00' });
    expect(service.cost_options[0]).toMatchObject({ option: 'Under 18s and Over 60s', amount: 35 });
    expect(organisation?.name).toBe('Example Organization Inc.');
    // The example's map position (100, 101) is impossible: the place is kept, off the map.
    expect(locations[0]).toMatchObject({ name: 'MyCity Civic Center', postal_code: 'ABC 1234' });
    expect(locations[0]!.latitude).toBeUndefined();
  });

  it('round-trips our own export', () => {
    for (const local of directory.services.slice(0, 10)) {
      const result = fromOruk(orukService(local, directory, taxonomy), directory.categories, taxonomy);
      expect(result.ok && result.value.service).toMatchObject({ id: local.id, name: local.name, categories: local.categories, minimum_age: local.minimum_age });
    }
  });

  const broken: [string, object, RegExp][] = [
    ['a record without a name', { name: undefined }, /^no name$/],
    ['an unknown status', { status: 'open' }, /^status "open" is not one of /],
    ['a record with no way to get in touch', { url: undefined, email: 'Unknown-1@noemail.invalid', phones: [], contacts: [], service_at_locations: [] }, /^no way to get in touch/],
  ];
  for (const [name, change, message] of broken) {
    it(`skips ${name}, saying why`, () => {
      const result = fromOruk({ ...example, ...change }, directory.categories, taxonomy);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.problems).toContainEqual(expect.stringMatching(message));
    });
  }

  const mended: [string, object, string, (s: Service) => unknown, unknown][] = [
    ['ages the wrong way round', { minimum_age: 18, maximum_age: 5 }, adjusted.agesSwapped, (s) => [s.minimum_age, s.maximum_age], [undefined, undefined]],
    ['a category of ours that does not exist', { attributes: [{ id: example.id, taxonomy_term: { id: example.id, name: 'Knitting', description: 'x', taxonomy: 'northbridge-family-help-categories', term: 'knitting' } }] }, adjusted.categoryUnknown, (s) => s.categories, []],
    ['ages of -1', { minimum_age: -1, maximum_age: -1 }, adjusted.ageNotGiven, (s) => [s.minimum_age, s.maximum_age], [undefined, undefined]],
    ['a labelled phone', { phones: [{ number: 'Northbridge Youth Line: 0113 496 0999' }] }, adjusted.phoneLabel, (s) => s.phones, [{ number: '0113 496 0999', description: 'Northbridge Youth Line' }]],
    ['a labelled phone written with brackets and (0)', { phones: [{ number: 'Office (weekdays): +44 (0)113 496-0999' }] }, adjusted.phoneLabel, (s) => s.phones, [{ number: '+44 113 496 0999', description: 'Office (weekdays)' }]],
    ['a placeholder email', { email: 'Unknown-ac148810@noemail.invalid' }, adjusted.emailPlaceholder, (s) => s.email, undefined],
    ['a website with no scheme', { url: 'www.example.org/help' }, adjusted.websiteScheme, (s) => s.url, 'https://www.example.org/help'],
    ['a javascript: website', { url: 'javascript:alert(1)' }, adjusted.websiteBad, (s) => s.url, undefined],
    ['a non-RFC 4122 id in capitals', { id: '93657689-252D-5A77-DE87-42CA43452B0E' }, adjusted.idNotRfc, (s) => s.id, '93657689-252d-5a77-de87-42ca43452b0e'],
    ['an id that is not a UUID', { id: 'service-1234' }, adjusted.idMade, (s) => s.id, stableUuid('oruk-id:service-1234')],
    ['no date', { assured_date: undefined, last_modified: 'not a date' }, adjusted.undated, (s) => s.assured_date, undefined],
    ['no places', { service_at_locations: [], service_areas: [{ name: 'Northbridge' }] }, adjusted.noPlace, (s) => [s.delivery, s.service_areas], [['online'], [{ name: 'Northbridge' }]]],
  ];
  for (const [name, change, reason, read, expected] of mended) {
    it(`imports a record with ${name}, saying what it did`, () => {
      const result = fromOruk({ ...example, ...change }, directory.categories, taxonomy);
      expect(result.ok ? result.value.adjustments : result.problems).toContain(reason);
      expect(result.ok && read(result.value.service)).toEqual(expected);
    });
  }

  it('keeps vendor extensions out without complaint and reads organisation ids that are not RFC 4122', () => {
    const orgId = '5e0b8a31-77c2-0d41-9f6e-1b2c3d4e5f60';
    const result = fromOruk({ ...example, pc_metadata: { a: 1 }, pc_targetAudience: [{ id: 1 }], organization_id: orgId, organization: { ...example.organization, id: orgId, pc_metadata: {} } }, directory.categories, taxonomy);
    expect(result.ok && [result.value.service.organization_id, result.value.organisation?.id]).toEqual([orgId, orgId]);
    expect(result.ok && JSON.stringify(result.value)).not.toContain('pc_');
  });
});

describe('descriptions in HTML', () => {
  it('keep paragraphs, lists, bold and web links (rel="noopener", no target), with headings below the page h1 and h2', () => {
    const result = fromOruk(youthSupport, directory.categories, taxonomy);
    const html = result.ok ? result.value.service.description_html! : '';
    expect(html).toContain('<h3 class="govuk-heading-s">Talk It Out</h3>');
    expect(html).toContain('<strong>anxious</strong>');
    expect(html).toContain('<li>Group sessions online</li>');
    expect(html).toContain('<a href="https://www.facebook.com/nbyoungminds.example" rel="noopener" class="govuk-link">Facebook</a>');
    expect(html).not.toMatch(/<h[12]|target=|&nbsp;|\u00a0|<p class="govuk-body">\s*<\/p>|<li><\/li>/);
    expect(result.ok && result.value.service.description).toMatch(/^Talk It Out Free, confidential support .* Follow us on Facebook and Twitter\.$/);
  });

  it('lose scripts, styles, event handlers, iframes, images and javascript:/data: links, keeping the words', () => {
    const result = fromOruk(hostile, directory.categories, taxonomy);
    const { description_html: html, description, name } = result.ok ? result.value.service : ({} as Service);
    expect(html).not.toMatch(/pwned|<script|<style|<iframe|<img|<svg|<object|onclick|onerror|onmouseover|style=|javascript:|data:|frame words/i);
    expect(html).toContain('<a href="https://parents.example/group" rel="noopener" class="govuk-link">Our group page</a>');
    expect(html).toContain('Click here');
    expect(description).toBe('Meet other parents. Click here Data link Our group page Tea and toast provided.');
    expect(name).toBe('Parent Peer Support Group');
  });

  it('plain words with an entity stay plain words', () => {
    const result = fromOruk(foodBank, directory.categories, taxonomy);
    expect(result.ok && [result.value.service.description, result.value.service.description_html]).toEqual([
      'Emergency food parcels for families. Bring a referral voucher if you have one, or just come along.', undefined,
    ]);
  });
});

describe('reading a feed', () => {
  it('follows every page of an ORUK API and fetches each service in full', async () => {
    // More services than one page of 100 holds, so the reader must follow pages.
    const ours = directory.services.map((s) => orukService(s, directory, taxonomy));
    const services = Array.from({ length: 230 }, (_, i) => ({ ...ours[i % ours.length]!, id: stableUuid(`feed-test/${i}`) }));
    const server = createServer(async (req, res) => {
      const answer = await handleOpenReferral(new Request(`http://localhost${req.url!.replace('/api', '/openreferral')}`), { services: async () => services });
      res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(await answer.text());
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const cacheDir = mkdtempSync(join(tmpdir(), 'fhp-oruk-cache-'));
      const { records } = (await readFeed(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, { cacheDir })) as unknown as { records: { id: string; schedules?: unknown[] }[] };
      rmSync(cacheDir, { recursive: true, force: true });
      expect(records.map((r) => r.id)).toEqual(services.map((s) => s.id));
      expect(records.every((r) => Array.isArray(r.schedules))).toBe(true);
    } finally {
      server.close();
    }
  });

  it('reads a local file holding one record', async () => {
    expect((await readFeed('tests/fixtures/oruk/examples/service_full.json')).records).toEqual([example]);
  });
});

describe('a long description in a list of services', () => {
  it('is cut at a sentence, else at a word, and a short one is left whole', () => {
    const sentence = 'We run groups for parents of young children every week in three places across the town. ';
    expect(summaryOf(sentence.repeat(5))).toBe(sentence.repeat(3).trim());
    expect(summaryOf('word '.repeat(100), 52)).toBe(`${'word '.repeat(10).trim()}…`);
    expect(summaryOf('Food parcels for families.')).toBe('Food parcels for families.');
  });
});
