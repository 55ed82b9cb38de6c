import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { alertsToBuild, isShowing } from '../../src/alerts/schema.ts';
import { alertSchema, loadAlerts } from '../support/content.ts';
import { readBuildOptions, readBuildTime } from '../../src/content/build-options.ts';
import { parseOrThrow } from '../../src/site/validate.ts';
import { isLive, liveUpdates, updateSchema, updateTranslationSchema } from '../../src/updates/schema.ts';

const frontMatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!);
const validUpdate = { title: 'Open on Saturdays', summary: 'The hubs open on Saturday mornings.', published: '2026-11-02', audience: ['families'] };
const validAlert = { message: 'Phone lines are down until 3pm.', severity: 'warning', starts: '2026-11-22T09:00:00+00:00', ends: '2026-11-22T15:00:00+00:00' };
const error = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('update front matter', () => {
  it('accepts every update and translation in content/updates/', () => {
    const dir = 'content/updates/';
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      expect(() => parseOrThrow(updateSchema, frontMatter(dir + name), dir + name)).not.toThrow();
    }
    for (const locale of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const name of readdirSync(dir + locale.name)) {
        const file = `${dir}${locale.name}/${name}`;
        expect(() => parseOrThrow(updateTranslationSchema, frontMatter(file), file)).not.toThrow();
        // A translation must have an English original with the same file name.
        expect(readdirSync(dir)).toContain(name);
      }
    }
  });

  it.each([
    ['no title', { ...validUpdate, title: undefined }, 'title:'],
    ['a date that is not a date', { ...validUpdate, published: '22/11/2026' }, 'published: Use a date like 2026-11-22'],
    ['a day that does not exist', { ...validUpdate, published: '2026-02-30' }, 'published: Use a date like 2026-11-22'],
    ['an unknown audience', { ...validUpdate, audience: ['parents'] }, 'audience.0: Choose families, professionals or partners'],
    ['no audience', { ...validUpdate, audience: [] }, 'audience: Choose at least one audience'],
    ['a field the site does not know', { ...validUpdate, author: 'Sam' }, 'author'],
  ])('refuses an update with %s, naming the file and the field', (_case, data, message) => {
    const text = error(() => parseOrThrow(updateSchema, data, 'content/updates/example.md'));
    expect(text).toContain('content/updates/example.md is not valid');
    expect(text).toContain(message);
  });
});

describe('alerts', () => {
  it('accepts every alert in content/alerts/', () => {
    expect(loadAlerts().length).toBeGreaterThan(0);
  });

  it.each([
    ['an unknown severity', { ...validAlert, severity: 'urgent' }, 'severity: Choose information or warning'],
    ['a time with no time zone', { ...validAlert, starts: '2026-11-22T09:00:00' }, 'starts: Use a date and time with its time zone'],
    ['an end before its start', { ...validAlert, ends: '2026-11-22T08:00:00+00:00' }, 'ends: The end must be after the start'],
    ['a translation into a language the site does not have', { ...validAlert, translations: { fr: 'Les lignes sont coupées.' } }, 'translations'],
    ['no message', { ...validAlert, message: undefined }, 'message:'],
  ])('refuses an alert with %s, naming the file and the field', (_case, data, message) => {
    const text = error(() => parseOrThrow(alertSchema, data, 'content/alerts/example.yaml'));
    expect(text).toContain('content/alerts/example.yaml is not valid');
    expect(text).toContain(message);
  });
});

describe('what is live, at fixed times', () => {
  const updates = [
    { id: 'old', data: { published: '2026-10-01', expires: '2026-11-01', audience: ['families' as const] } },
    { id: 'now', data: { published: '2026-11-02', audience: ['families' as const, 'partners' as const] } },
    { id: 'pros', data: { published: '2026-11-10', audience: ['professionals' as const] } },
    { id: 'later', data: { published: '2026-12-01', audience: ['families' as const] } },
  ];
  const ids = (list: { id: string }[]) => list.map((u) => u.id);

  it('publishes an update from the start of its day, newest first, and drops it on its expiry day', () => {
    expect(ids(liveUpdates(updates, new Date('2026-11-30T23:59:59Z')))).toEqual(['pros', 'now']);
    expect(ids(liveUpdates(updates, new Date('2026-12-01T00:00:00Z')))).toEqual(['later', 'pros', 'now']);
    expect(isLive(updates[0]!.data, new Date('2026-10-31T23:59:59Z'))).toBe(true);
    expect(isLive(updates[0]!.data, new Date('2026-11-01T00:00:00Z'))).toBe(false);
  });

  it('lists only the updates for one audience on its page', () => {
    expect(ids(liveUpdates(updates, new Date('2026-12-02T00:00:00Z'), 'families'))).toEqual(['later', 'now']);
    expect(ids(liveUpdates(updates, new Date('2026-12-02T00:00:00Z'), 'partners'))).toEqual(['now']);
  });

  it('builds alerts that have not ended (showing now or still to come), and shows each only between its times', () => {
    const ended = { starts: '2026-11-18T09:30:00+00:00', ends: '2026-11-18T15:00:00+00:00' };
    const now = { starts: '2026-11-22T09:00:00+00:00', ends: '2026-11-22T15:00:00+00:00' };
    const soon = { starts: '2026-11-23T09:00:00+00:00', ends: '2026-11-23T10:00:00+00:00' };
    const at = new Date('2026-11-22T12:00:00Z');
    expect(alertsToBuild([soon, ended, now], at)).toEqual([now, soon]);
    expect([ended, now, soon].map((a) => isShowing(a, at))).toEqual([false, true, false]);
    // Time zones count: 16:00 in Paris is 15:00 in London, when the alert ends.
    expect(isShowing(now, new Date('2026-11-22T16:00:00+01:00'))).toBe(false);
  });

  it('takes the build time from FHP_BUILD_TIME, and refuses one that is not a time', () => {
    expect(readBuildTime('2030-01-06T12:00:00Z').toISOString()).toBe('2030-01-06T12:00:00.000Z');
    expect(Math.abs(readBuildTime(undefined).getTime() - Date.now())).toBeLessThan(5000);
    expect(() => readBuildTime('tomorrow')).toThrow('FHP_BUILD_TIME is not a date and time: "tomorrow"');
  });

  it('reads the build options from the environment given (astro.config.mjs gives it process.env)', () => {
    expect(readBuildOptions({ FHP_BUILD_TIME: '2030-01-06T12:00:00Z', ORUK_FEED: ' https://a.example/api , feed.json ,', ORUK_STRICT: '1', ORUK_CACHE_DIR: '/tmp/feeds' })).toEqual({
      buildTime: new Date('2030-01-06T12:00:00Z'),
      orukFeeds: ['https://a.example/api', 'feed.json'],
      orukStrict: true,
      orukCacheDir: '/tmp/feeds',
    });
    const plain = readBuildOptions({ ORUK_FEED: '', ORUK_STRICT: 'yes' });
    expect(plain.orukFeeds).toBeUndefined();
    expect(plain.orukStrict).toBe(false);
    expect(plain.orukCacheDir).toBe('.cache/oruk');
  });
});
