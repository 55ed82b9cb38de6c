import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWrittenDates } from '../../src/updates/raw-dates.ts';

function update(front: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'fhp-update-')), 'content', 'x.md');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `---\ntitle: T\n${front}\n---\nBody`);
  return () => checkWrittenDates(file);
}

describe('dates as the comms team wrote them', () => {
  it('accepts real days', () => {
    expect(update('published: 2026-02-28\nexpires: 2028-02-29')).not.toThrow();
  });
  it('stops on a day that does not exist, which js-yaml would quietly move', () => {
    expect(update('published: 2026-02-30')).toThrow(/content\/x\.md is not valid:\n {2}- published: Use a date like 2026-11-22/);
  });
  it('stops on a date written the wrong way round', () => {
    expect(update('published: 2026-01-01\nexpires: 31/12/2026')).toThrow(/expires: Use a date like/);
  });
});
