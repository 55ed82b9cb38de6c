import { describe, expect, it } from 'vitest';
import { loadDirectory } from '../support/content.ts';
import { serviceSchema } from '../../src/directory/schema.ts';
import { referenceProblems } from '../../src/directory/references.ts';
import { describeIssues } from '../../src/site/validate.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const directory = loadDirectory();
const flow = parse(readFileSync('content/questionnaire/flow.yaml', 'utf8'));

describe('the service directory content', () => {
  it('has about 60 services, each with a unique id, all linked to things that exist', () => {
    expect(directory.services.length).toBeGreaterThanOrEqual(55);
    expect(new Set(directory.services.map((s) => s.id)).size).toBe(directory.services.length);
  });

  it('has a category for every kind of service the questionnaire sends people to, with a service in each', () => {
    const tags = new Set<string>();
    for (const q of Object.values(flow.questions) as { answers: { services?: string[] }[] }[]) for (const a of q.answers) for (const s of a.services ?? []) tags.add(s);
    expect(tags.size).toBeGreaterThan(5);
    for (const tag of tags) {
      expect(directory.categories.map((c) => c.id)).toContain(tag);
      expect(directory.services.some((s) => s.categories.includes(tag)), `a service for ${tag}`).toBe(true);
    }
  });

  it('varies what a family needs to compare: cost, referral, delivery and how recently checked', () => {
    const s = directory.services;
    expect(s.some((x) => x.cost_options.length > 0) && s.some((x) => x.cost_options.length === 0)).toBe(true);
    expect(s.some((x) => x.referral.includes('self')) && s.some((x) => !x.referral.includes('self'))).toBe(true);
    for (const mode of ['in-person', 'online', 'phone'] as const) expect(s.some((x) => x.delivery.includes(mode))).toBe(true);
    expect(s.some((x) => x.assured_date !== undefined && x.assured_date < '2025-06-01')).toBe(true);
    expect(s.filter((x) => !x.assured_date).map((x) => x.id)).toEqual([]);
  });
});

describe('a broken service file', () => {
  const good = parse(readFileSync('content/services/youth-clubs.yaml', 'utf8'));

  it('names the field when ages are the wrong way round', () => {
    const result = serviceSchema.safeParse({ ...good, minimum_age: 19, maximum_age: 11 });
    expect(result.success).toBe(false);
    expect(describeIssues('content/services/youth-clubs.yaml', result.error!)).toMatch(/youth-clubs\.yaml[\s\S]*maximum_age: maximum_age must not be less than minimum_age/);
  });

  it('names an unknown category and organisation', () => {
    const service = serviceSchema.parse({ ...good, categories: ['youth', 'knitting'], organization_id: '00000000-0000-4000-8000-000000000000' });
    const problems = referenceProblems(service, directory);
    expect(problems).toContainEqual(expect.stringMatching(/^categories\.1: "knitting" is not a category/));
    expect(problems).toContainEqual(expect.stringMatching(/^organization_id: no organisation/));
  });
});

describe('the values a service page gives the filters', async () => {
  const { filterValues } = await import('../../src/directory/filters.ts');
  const youthClubs = directory.services.find((s) => s.name === 'Youth clubs')!;

  it('lists each age the service takes, each day it opens (also "first Tuesday"), and no "free" for a paid service', () => {
    const v = filterValues({ ...youthClubs, minimum_age: 11, maximum_age: 13, schedules: [{ freq: 'MONTHLY', byday: '1TU,-1FR', opens_at: '10:00', closes_at: '12:00' }] });
    expect(v.age).toEqual(['11', '12', '13']);
    expect(v.day).toEqual(['TU', 'FR']);
    expect(v.free).toBeUndefined();
  });

  it('treats no upper age as every age up to the oldest a reader can pick', () => {
    expect(filterValues({ ...youthClubs, minimum_age: 23, maximum_age: undefined }).age).toEqual(['23', '24', '25']);
  });
});
