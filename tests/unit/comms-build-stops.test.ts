import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../support/build-content.ts';

/** Changes one line of a content file, builds, and returns what the build said. */
function buildWithLine(file: string, from: string | RegExp, to: string) {
  const build = buildContent((content) => {
    const path = join(content, file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(from, to);
    if (after === before) throw new Error(`${file} has no "${from}" to change`);
    writeFileSync(path, after);
  });
  build.remove();
  return build;
}

// Alerts are checked with the rest of the content before the build starts (tests/unit/content-model.test.ts, build-stops.test.ts).
describe('a mistake in an update stops the build, naming the file and the field', () => {
  it('stops on an update with no title', () => {
    const { status, output } = buildWithLine('updates/new-phone-menu.md', /^title: .*\n/m, '');
    expect(status).not.toBe(0);
    expect(output).toContain('content/updates/new-phone-menu.md');
    expect(output).toContain('title: Required');
  });

  it('stops on an update with a date that is not a date', () => {
    const { status, output } = buildWithLine('updates/new-phone-menu.md', 'published: 2026-11-16', 'published: next Tuesday');
    expect(status).not.toBe(0);
    expect(output).toContain('content/updates/new-phone-menu.md');
    expect(output).toContain('published');
    expect(output).toContain('Use a date like 2026-11-22');
  });

  it('stops on an update for an audience that does not exist', () => {
    const { status, output } = buildWithLine('updates/new-phone-menu.md', 'audience: [families, professionals, partners]', 'audience: [families, parents]');
    expect(status).not.toBe(0);
    expect(output).toContain('content/updates/new-phone-menu.md');
    expect(output).toContain('audience');
    expect(output).toContain('Choose families, professionals or partners');
  });
});
