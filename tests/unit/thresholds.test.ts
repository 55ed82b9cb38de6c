import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFlow, loadThresholds } from '../support/content.ts';
import { anyChoice, filterIndicators } from '../../src/thresholds/filter.ts';

const thresholds = loadThresholds();
const { structure } = thresholds;

describe('one story: the questions and the threshold guidance', () => {
  it('every concern an answer in the questions points to exists in the threshold guidance', () => {
    const { flow } = loadFlow();
    const used = Object.values(flow.questions).flatMap((q) => q.answers.flatMap((a) => a.concerns ?? []));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((c) => !structure.concerns.includes(c))).toEqual([]);
  });

  it('has signs for every concern, so no concern page is empty', () => {
    for (const concern of structure.concerns) expect(filterIndicators(structure.indicators, { ...anyChoice, concern }).length, concern).toBeGreaterThan(0);
  });
});

describe('filtering the signs', () => {
  it('combines concern, domain and age: every sign shown matches all three, and none that matches is left out', () => {
    const choice = { concern: 'domestic-abuse', domain: 'family', age: 'pre-birth' };
    const shown = filterIndicators(structure.indicators, choice).map((i) => i.id);
    expect(shown).toContain('l4-family-domestic-abuse');
    expect(shown).not.toContain('l2-family-conflict'); // domestic abuse in the family, but not before birth
    for (const i of structure.indicators) {
      const fits = i.concerns.includes(choice.concern) && i.domain === choice.domain && i.ages.includes(choice.age);
      expect(shown.includes(i.id), i.id).toBe(fits);
    }
  });

  it('shows every sign when nothing is chosen', () => {
    expect(filterIndicators(structure.indicators, anyChoice)).toHaveLength(structure.indicators.length);
  });
});

describe('bad threshold content stops the build, naming the file and the field', () => {
  const temp: string[] = [];
  afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** Loads a changed copy of content/thresholds/ and returns the error message. */
  const errorWith = (file: string, change: (text: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), 'fhp-thresholds-'));
    temp.push(dir);
    cpSync('content/thresholds', dir, { recursive: true });
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
    try {
      loadThresholds(`${dir}/`);
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  it('a level without "who to contact"', () => {
    const message = errorWith('pl.yaml', (t) => t.replace(/\n    contact: "Za zgodą.*\n/, '\n'));
    expect(message).toContain('content/thresholds/pl.yaml is not valid');
    expect(message).toContain('levels.level-2.contact');
  });

  it('an indicator without a translation', () => {
    const message = errorWith('ro.yaml', (t) => t.replace(/\n  l3-child-missing: .*\n/, '\n'));
    expect(message).toContain('content/thresholds/ro.yaml does not match thresholds.yaml');
    expect(message).toContain('indicators.l3-child-missing: missing');
  });

  it('an indicator missing a required field', () => {
    const message = errorWith('thresholds.yaml', (t) => t.replace('{ id: l2-child-send, level: level-2, domain: child,', '{ id: l2-child-send, level: level-2,'));
    expect(message).toContain('content/thresholds/thresholds.yaml is not valid');
    expect(message).toMatch(/indicators\.\d+\.domain/);
  });

  it('a duplicate anchor', () => {
    const message = errorWith('thresholds.yaml', (t) => t.replace('{ id: l2-child-send,', '{ id: l2-child-attendance,'));
    expect(message).toContain('content/thresholds/thresholds.yaml has problems');
    expect(message).toMatch(/indicators\.\d+: "l2-child-attendance" is used twice/);
  });

  it('a concern tag that does not exist', () => {
    const message = errorWith('thresholds.yaml', (t) => t.replace('concerns: [young-carers], ages: [5-11, 12-17] }\n  - { id: l1-family-calm', 'concerns: [young-carer], ages: [5-11, 12-17] }\n  - { id: l1-family-calm'));
    expect(message).toMatch(/indicators\.\d+\.concerns\.0: "young-carer" is not one of the concerns/);
  });

  it('a change log without the version in force, or a wrong date', () => {
    expect(errorWith('document.yaml', (t) => t.replace('version: "2.0"\n', 'version: "2.1"\n'))).toContain('changes.0.version: the newest change must be version 2.1');
    expect(errorWith('document.yaml', (t) => t.replace('effectiveFrom: "2026-12-01"', 'effectiveFrom: "1 December"'))).toContain('effectiveFrom: Use a date like 2026-11-22');
  });
});
