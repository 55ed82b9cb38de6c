/**
 * One content model: loadContent(dir) reads and checks a council's whole content folder, in
 * the process, in well under a second. Each scenario is a small change to a copy of the demo
 * content, made the way a council would make it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentProblems, loadContent } from '../../src/content/load-content.ts';
import { contentModuleSource } from '../../src/content/integration.ts';
import { readBuildOptions } from '../../src/content/build-options.ts';
import { questionServiceProblems } from '../../src/content/cross-checks.ts';
import { importsFrom } from '../support/import-graph.ts';
import { addSomali, threeLanguageCouncil } from '../support/councils.ts';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the demo content, changed by `change`. */
function contentWith(change: (content: string) => void): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'fhp-content-')), 'content');
  copies.push(dir);
  cpSync('content', dir, { recursive: true });
  change(dir);
  return dir;
}
const edit = (file: string, from: string | RegExp, to: string) => (content: string) => {
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${file} has no "${from}" to change`);
  writeFileSync(path, after);
};
const problemsOf = (dir: string): string[] => {
  try {
    loadContent(dir);
    return [];
  } catch (error) {
    if (error instanceof ContentProblems) return error.problems;
    throw error;
  }
};

describe('loadContent', () => {
  it('reads the demo council whole: its languages, words, questions, thresholds, directory and alerts', () => {
    const content = loadContent('content');
    const codes = content.site.locales.map((l) => l.code);
    expect(codes).toEqual(['en', 'pl', 'ro', 'uk', 'ar', 'ur']);
    for (const part of [content.words, content.reviews, content.questions.text, content.thresholds.text]) expect(Object.keys(part)).toEqual(codes);
    expect(content.directory.services.length).toBeGreaterThan(50);
    expect(content.alerts.length).toBeGreaterThan(0);
  });

  it('reads a council that keeps three languages, leaving out what is written in the others', () => {
    const content = loadContent(contentWith(threeLanguageCouncil));
    expect(content.site.service.name).toBe('Eastvale Family Help Point');
    for (const part of [content.words, content.questions.text, content.thresholds.text]) expect(Object.keys(part)).toEqual(['en', 'pl', 'ar']);
    expect(Object.keys(content.directory.categories[0]!.name).sort()).toEqual(['ar', 'en', 'pl']);
    expect(content.alerts.every((a) => Object.keys(a.translations ?? {}).every((code) => ['pl', 'ar'].includes(code)))).toBe(true);
  });

  it('reads a council that adds Somali with its words and content, and says all it lacks when it has only the words', () => {
    expect(Object.keys(loadContent(contentWith((c) => addSomali(c, { content: true }))).words)).toContain('so');
    const lacking = problemsOf(contentWith((c) => addSomali(c, { content: false })));
    expect(lacking).toHaveLength(1);
    for (const missing of ['Languages in content/site.yaml need content that is not there yet', 'content/thresholds/so.yaml: missing', 'content/questionnaire/so.yaml: missing', 'content/guides/so/what-is-family-help.md: missing', 'content/pages/so/privacy.md: missing', 'content/directory/categories.yaml: no so name for']) {
      expect(lacking[0]).toContain(missing);
    }
  });

  it('names every problem in a broken folder at once, each with its file and field', () => {
    const broken = contentWith((c) => {
      edit('i18n/ro.json', '"button":', '"buton":')(c);
      edit('questionnaire/flow.yaml', '{ id: managing, next: universal }', '{ id: managing, next: univresal }')(c);
      edit('alerts/christmas-eve-early-close.yaml', 'ends: "2026-12-24T17:00:00+00:00"', 'ends: "2026-12-24T17:00"')(c);
      edit('services/baby-bank.yaml', /\ncategories:\n/, '\ncategories: []\nx_categories:\n')(c);
    });
    const problems = problemsOf(broken).join('\n');
    expect(problems).toContain('content/i18n/ro.json');
    expect(problems).toContain('content/questionnaire/flow.yaml has problems');
    expect(problems).toContain('parent-coping: answer "managing" leads to "univresal", which does not exist');
    expect(problems).toContain('content/alerts/christmas-eve-early-close.yaml is not valid');
    expect(problems).toContain('ends: Use a date and time with its time zone');
    expect(problems).toContain('content/services/baby-bank.yaml');
  });

  it('names the question a language lacks the words for', () => {
    const problems = problemsOf(contentWith(edit('questionnaire/ur.yaml', /\n      struggling: .*\n/, '\n')));
    expect(problems).toEqual([expect.stringContaining('content/questionnaire/ur.yaml does not match flow.yaml')]);
    expect(problems[0]).toContain('parent-coping: no words for answer "struggling"');
  });

  it('stops at a site config it cannot use, naming the field', () => {
    const problems = problemsOf(contentWith(edit('site.yaml', 'phone: "999"', 'phone: "nine nine nine"')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/site.yaml is not valid');
    expect(problems[0]).toContain('emergency.phone: Use digits and spaces only');
  });

  // (The old import-time singletons are gone: tests/unit/boundaries.test.ts checks nothing brings them back.)
  it('is plain data in, plain data out: nothing it imports reads an environment variable', () => {
    const reached = importsFrom(['src/content/load-content.ts']);
    // The readers it uses are really reached (the check can fail).
    expect(reached.some((i) => i.kind === 'file' && i.target === 'src/directory/read-directory.ts')).toBe(true);
    const sources = [...new Set(reached.flatMap((i) => (i.kind === 'file' ? [i.target] : [])))].filter((f) => /\.(ts|tsx)$/.test(f));
    expect(sources.filter((f) => /process\.env/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('checks across files with pure functions: a question pointing to a kind of service the directory lacks, staff words for every outcome', () => {
    const problems = problemsOf(contentWith((c) => {
      edit('questionnaire/flow.yaml', /services: \[([a-z-]+)/, 'services: [no-such-kind')(c);
      edit('staff/en.yaml', '\n  professional: Professional request\n', '\n')(c);
    }));
    expect(problems).toContainEqual(expect.stringContaining('content/questionnaire/flow.yaml: services "no-such-kind" not in content/directory/categories.yaml'));
    expect(problems).toContainEqual('content/staff/en.yaml has no words for: kinds.professional');
    // The same check, called with data alone.
    const flow = { start: 'a', questions: { a: { answers: [{ id: 'x', next: 'b', services: ['food', 'nope'] }] } }, outcomes: {} } as unknown as Parameters<typeof questionServiceProblems>[0];
    expect(questionServiceProblems(flow, [{ id: 'food' }])).toEqual(['content/questionnaire/flow.yaml: services "nope" not in content/directory/categories.yaml']);
    expect(questionServiceProblems(flow, [{ id: 'food' }, { id: 'nope' }])).toEqual([]);
  });
});

describe('the content module (virtual:fhp/content)', () => {
  it('holds the content as read, Maps and all, the folder it came from and the build options', async () => {
    const content = loadContent('content');
    const build = readBuildOptions({ FHP_BUILD_TIME: '2030-01-06T12:00:00Z', ORUK_FEED: 'feed.json' });
    const source = contentModuleSource(content, '/somewhere/content/', build);
    const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
    const module = (await import(/* @vite-ignore */ url)) as { content: typeof content; contentDir: string; build: typeof build };
    expect(module.contentDir).toBe('/somewhere/content/');
    expect(module.build).toEqual(build);
    expect(module.build.buildTime).toBeInstanceOf(Date);
    expect(module.content).toEqual(content);
    expect(module.content.directory.organisations).toBeInstanceOf(Map);
    // The module is data only: it reads nothing when imported.
    expect(source).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
