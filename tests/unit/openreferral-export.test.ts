import { describe, expect, it } from 'vitest';
import { loadDirectory, site } from '../support/content.ts';
import { orukService } from '../../src/directory/oruk-export.ts';
import { handleOpenReferral } from '../../functions/core/openreferral.ts';
import { errorsOf, validatePage, validateService } from '../support/oruk-schemas.ts';

const taxonomy = site.directory.taxonomy;

const directory = loadDirectory();
const services = directory.services.map((s) => orukService(s, directory, taxonomy));
const get = (path: string, method = 'GET') => handleOpenReferral(new Request(`http://localhost${path}`, { method }), { services: async () => services });

describe('our services as Open Referral UK 3.0', () => {
  it('every service is valid against schema/service.json', () => {
    for (const s of services) {
      const { name } = s;
      expect(validateService(s) ? [] : [name, ...errorsOf(validateService)]).toEqual([]);
    }
  });

  it('is checked by validators that do reject a broken record', () => {
    const { status: _, ...noStatus } = services[0]!;
    expect(validateService(noStatus)).toBe(false);
    expect(validateService({ ...services[0], schedules: [{ id: 'not-a-uuid' }] })).toBe(false);
    expect(validatePage({ total_items: 'many', contents: [] })).toBe(false);
  });

  it('gives nested records stable ids, the same on every build', () => {
    const again = loadDirectory().services.map((s) => orukService(s, directory, taxonomy));
    expect(again.map((s) => s.schedules.map((x) => x.id))).toEqual(services.map((s) => s.schedules.map((x) => x.id)));
    const ids = services.flatMap((s) => [...s.schedules, ...s.languages, ...s.phones].map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the ORUK API core', () => {
  it('pages through every service exactly once, each page valid against Page and service_list.json', async () => {
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const res = await get(`/openreferral/services?page=${page}&per_page=25`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { contents: { id: string }[]; last_page: boolean; page_number: number; total_items: number };
      expect(validatePage(body) ? [] : errorsOf(validatePage)).toEqual([]);
      expect(body).toMatchObject({ page_number: page, total_items: services.length, first_page: page === 1 });
      seen.push(...body.contents.map((c) => c.id));
      if (body.last_page) break;
    }
    expect(seen.sort()).toEqual(services.map((s) => s.id).sort());
  });

  it('answers a page past the end as an empty page, not an error', async () => {
    const body = (await (await get('/openreferral/services?page=99')).json()) as { empty: boolean; size: number };
    expect(body).toMatchObject({ empty: true, size: 0 });
  });

  it('answers one service with all of its nested records', async () => {
    const res = await get(`/openreferral/services/${services[3]!.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(services[3]);
  });

  const bad: [string, string, number, string][] = [
    ['a page that is not a number', '/openreferral/services?page=two', 400, 'bad_page'],
    ['page 0', '/openreferral/services?page=0', 400, 'bad_page'],
    ['a negative page', '/openreferral/services?page=-1', 400, 'bad_page'],
    ['a huge per_page', '/openreferral/services?per_page=100000', 400, 'bad_per_page'],
    ['an unknown id', '/openreferral/services/00000000-0000-4000-8000-000000000000', 404, 'not_found'],
    ['an id that is not a uuid', '/openreferral/services/%E0%A4%A', 404, 'not_found'],
    ['an unknown address', '/openreferral/organizations', 404, 'not_found'],
  ];
  for (const [name, path, status, error] of bad) {
    it(`answers ${name} with ${status} and a JSON reason`, async () => {
      const res = await get(path);
      expect(res.status).toBe(status);
      expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect(((await res.json()) as { error: string }).error).toBe(error);
    });
  }

  it('refuses to change anything', async () => {
    expect((await get('/openreferral/services', 'POST')).status).toBe(405);
  });
});
