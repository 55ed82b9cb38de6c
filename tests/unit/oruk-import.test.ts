import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadDirectory } from '../../src/directory/load.ts';
import { fromOruk } from '../../src/directory/oruk-import.ts';
import { orukService } from '../../src/directory/oruk-export.ts';
import { readFeed } from '../../src/directory/oruk-feed.ts';
import { handleOpenReferral } from '../../functions/core/openreferral.ts';
import { stableUuid } from '../../src/directory/stable-uuid.ts';

const directory = loadDirectory();
const example = JSON.parse(readFileSync('tests/fixtures/oruk/examples/service_full.json', 'utf8'));

describe('importing an ORUK 3.0 record', () => {
  it('imports the ORUK example service_full.json cleanly', () => {
    const result = fromOruk(example, directory.categories);
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
      const result = fromOruk(orukService(local, directory), directory.categories);
      expect(result.ok && result.value.service).toMatchObject({ id: local.id, name: local.name, categories: local.categories, minimum_age: local.minimum_age });
    }
  });

  const broken: [string, object, RegExp][] = [
    ['a record without a name', { name: undefined }, /^name: /],
    ['an unknown status', { status: 'open' }, /^status: /],
    ['ages the wrong way round', { minimum_age: 18, maximum_age: 5 }, /^maximum_age: maximum_age must not be less than minimum_age/],
    ['a category of ours that does not exist', { attributes: [{ id: example.id, taxonomy_term: { id: example.id, name: 'Knitting', description: 'x', taxonomy: 'northbridge-family-help-categories', term: 'knitting' } }] }, /^attributes\.0\.taxonomy_term: "knitting" is not one of our categories/],
  ];
  for (const [name, change, message] of broken) {
    it(`reports ${name}, naming the field`, () => {
      const result = fromOruk({ ...example, ...change }, directory.categories);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.problems).toContainEqual(expect.stringMatching(message));
    });
  }
});

describe('reading a feed', () => {
  it('follows every page of an ORUK API and fetches each service in full', async () => {
    // More services than one page of 100 holds, so the reader must follow pages.
    const ours = directory.services.map((s) => orukService(s, directory));
    const services = Array.from({ length: 230 }, (_, i) => ({ ...ours[i % ours.length]!, id: stableUuid(`feed-test/${i}`) }));
    const server = createServer(async (req, res) => {
      const answer = await handleOpenReferral(new Request(`http://localhost${req.url!.replace('/api', '/openreferral')}`), { services: async () => services });
      res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(await answer.text());
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const records = (await readFeed(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api`)) as { id: string; schedules?: unknown[] }[];
      expect(records.map((r) => r.id)).toEqual(services.map((s) => s.id));
      expect(records.every((r) => Array.isArray(r.schedules))).toBe(true);
    } finally {
      server.close();
    }
  });

  it('reads a local file holding one record', async () => {
    expect(await readFeed('tests/fixtures/oruk/examples/service_full.json')).toEqual([example]);
  });
});
