import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { serviceHtml } from '../support/service-page-files.ts';
import { buildContent } from '../support/build-content.ts';

const built: { remove: () => void }[] = [];
afterAll(() => built.forEach((b) => b.remove()));
afterEach(() => {
  delete process.env.ORUK_FEED;
  delete process.env.ORUK_STRICT;
});

const example = JSON.parse(readFileSync('tests/fixtures/oruk/examples/service_full.json', 'utf8'));
// A record that cannot be shown: nothing to call it by.
const broken = { ...example, id: '0f0e0d0c-0b0a-4909-8807-060504030201', name: ' ' };

/** A feed file beside the copied content: the shared ORUK example and one bad record. */
function withFeed(content: string) {
  const feed = join(content, 'feed.json');
  writeFileSync(feed, JSON.stringify({ contents: [example, broken] }));
  process.env.ORUK_FEED = feed;
}

describe('building the directory', () => {
  it('stops on a broken service file, naming the file and the field', () => {
    const result = buildContent((content) => {
      const file = join(content, 'services', 'youth-clubs.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('- youth', '- knitting'));
    });
    built.push(result);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/services/youth-clubs.yaml: categories.0: "knitting" is not a category');
  });

  it('imports an ORUK feed: the example gets a page in every language; a bad record is named and skipped', () => {
    const result = buildContent(withFeed);
    built.push(result);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`imported 1, adjusted 1, skipped 1`);
    expect(result.output).toContain(`skipped ${broken.id}: no name`);
    expect(serviceHtml(result.dist, 'en', example.id)).toContain(example.name);
    expect(serviceHtml(result.dist, 'ur', example.id)).toContain(example.name);
    expect(serviceHtml(result.dist, 'en', broken.id)).toBeUndefined();
    const exported = JSON.parse(readFileSync(join(result.dist, 'openreferral', 'data', 'services.json'), 'utf8')) as { id: string }[];
    expect(exported.map((s) => s.id)).toContain(example.id);
  });

  it('with ORUK_STRICT=1, stops on the bad record instead', () => {
    const result = buildContent((content) => {
      withFeed(content);
      process.env.ORUK_STRICT = '1';
    });
    built.push(result);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`ORUK record ${broken.id}: no name`);
  });
});
