import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent } from '../support/build-content.ts';

/**
 * The build checks the content with loadContent first (tests/unit/content-model.test.ts tests
 * that check on fixture folders, in the process): one real build proves the build stops on
 * what it finds and lists every problem together.
 */
describe('the build stops on bad content, naming every file and field at once', () => {
  const change = (content: string, file: string, from: string | RegExp, to: string) => {
    const path = join(content, file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(from, to);
    if (after === before) throw new Error(`${file} has no "${from}" to change`);
    writeFileSync(path, after);
  };
  const build = buildContent((content) => {
    const ro = JSON.parse(readFileSync(join(content, 'i18n', 'ro.json'), 'utf8'));
    delete ro.exit.button;
    writeFileSync(join(content, 'i18n', 'ro.json'), JSON.stringify(ro));
    change(content, 'questionnaire/flow.yaml', '{ id: managing, next: universal }', '{ id: managing, next: univresal }');
    change(content, 'alerts/christmas-eve-early-close.yaml', 'ends: "2026-12-24T17:00:00+00:00"', 'ends: "2026-12-24T17:00"');
  });
  afterAll(() => build.remove());

  it('stops, and says what is wrong in each file', () => {
    expect(build.status).not.toBe(0);
    for (const said of [
      'The content has 3 problems',
      'content/i18n/ro.json does not match en.json',
      'missing: exit.button',
      'content/questionnaire/flow.yaml has problems',
      'parent-coping: answer "managing" leads to "univresal", which does not exist',
      'content/alerts/christmas-eve-early-close.yaml is not valid',
      'ends: Use a date and time with its time zone',
    ]) expect(build.output).toContain(said);
  });

  it('a bad site config stops it too, naming the field', () => {
    const bad = buildContent((content) => change(content, 'site.yaml', 'phone: "999"', 'phone: "nine nine nine"'));
    bad.remove();
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('content/site.yaml is not valid');
    expect(bad.output).toContain('emergency.phone: Use digits and spaces only');
  });
});
