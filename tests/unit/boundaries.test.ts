import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsFrom, runtimeImports } from '../support/import-graph.ts';

/**
 * Code that runs in the browser, the build and the Worker alike must not reach for the
 * build machine: no node: modules (the browser and the Worker have none) and no content/
 * files (the Worker gets its words from what the build writes, the browser from the page).
 * These are its roots; everything they import, however deep, is checked.
 */
const sharedRoots = [
  // The Worker: its shell and its pure core.
  'functions/worker.ts',
  'functions/core',
  // The forms and the status check: islands in the browser, pages in the build, answers in the Worker.
  'src/request/forms.ts',
  'src/request/form-data.ts',
  'src/request/schema.ts',
  'src/request/screens.tsx',
  'src/request/RequestForm.tsx',
  'src/check-status/CheckStatus.tsx',
  'src/check-status/views.tsx',
  'src/check-status/schema.ts',
  // The worried flow: island, no-JavaScript pages and diagram share one engine.
  'src/worried/engine.ts',
  'src/worried/WorriedFlow.tsx',
  // Service pages: shells and parts written by the build, put together by the Worker.
  'src/directory/service-pages.ts',
  // Other islands.
  'src/directory/DirectoryFilters.tsx',
  'src/directory/ShortlistPage.tsx',
  'src/search/SearchForm.tsx',
  'src/thresholds/IndicatorFilter.tsx',
  'src/components/exit-this-page/exit-this-page.ts',
];

/** Every rule broken in the import graph from `roots`, as "file imports what (via chain)". */
export function boundaryProblems(roots: string[]): string[] {
  return importsFrom(roots).flatMap((i) => {
    const via = i.chain.length ? ` (via ${i.chain.join(' -> ')})` : '';
    if (i.kind === 'builtin') return [`${i.from} imports ${i.spec}${via}`];
    if (i.kind === 'astro') return [`${i.from} imports ${i.spec}, which only the build has${via}`];
    if (i.kind === 'missing') return [`${i.from} imports ${i.spec}, which does not exist`];
    if (i.kind === 'file' && i.target.startsWith('content/')) return [`${i.from} imports ${i.target}: content reaches shared code only through what the build writes${via}`];
    return [];
  });
}

describe('code shared by the browser, the build and the Worker', () => {
  it('imports no node: module and no content file, however deep', () => {
    expect(boundaryProblems(sharedRoots)).toEqual([]);
  });

  it('the check finds such an import (it can fail)', () => {
    // The content reader reads content/ with node:fs: were a shared file to import it, the test above fails.
    const problems = boundaryProblems(['src/content/load-content.ts']);
    expect(problems.some((p) => /imports node:fs/.test(p))).toBe(true);
    expect(runtimeImports("import type { A } from 'node:fs';\nimport { b } from './b.ts';\nexport { c } from \"../c.ts\";")).toEqual(['./b.ts', '../c.ts']);
  });
});

/**
 * One content model (src/content/): astro.config.mjs names the content folder and calls
 * loadContent once; pages and components get that content from `virtual:fhp/content`; every
 * other module is given what it needs as arguments. Nothing keeps content of its own.
 */
describe('the content model', () => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx|mjs|astro)$/.test(e.name) ? [join(dir, e.name)] : []));
  const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const src = sourceFiles('src');
  // Scripts node runs after the build, each given the content folder at its entry point.
  const entryScripts = ['src/build/write-headers.ts', 'src/build/write-sitemap.ts'];

  it('only astro.config.mjs and the post-build scripts read FHP_CONTENT_DIR', () => {
    const readers = src.filter((f) => /FHP_CONTENT_DIR/.test(code(f)));
    expect(readers.filter((f) => !entryScripts.includes(f))).toEqual([]);
    for (const f of entryScripts) expect(readers, `${f} reads the folder it writes for`).toContain(f);
    expect(code('astro.config.mjs')).toMatch(/process\.env\.FHP_CONTENT_DIR/);
  });

  it('no module reads the environment but astro.config.mjs and the scripts node runs', () => {
    // The build's clock and its feeds come with the content (src/content/build-options.ts).
    const scripts = ['src/build/dev-start.ts', ...entryScripts];
    expect(src.filter((f) => /process\.env/.test(code(f)) && !scripts.includes(f))).toEqual([]);
    expect(code('astro.config.mjs')).toMatch(/readBuildOptions\(process\.env\)/);
  });

  it('the import-time content singletons are gone, and nothing imports them', () => {
    const singletons = ['src/site/config.ts', 'src/site/languages.ts', 'src/i18n/resources.ts', 'src/alerts/load.ts', 'src/directory/load.ts', 'src/thresholds/load.ts', 'src/worried/load-flow.ts'];
    for (const file of singletons) expect(existsSync(file), file).toBe(false);
    const imported = importsFrom(['src', 'functions', 'tests']).flatMap((i) => (i.kind === 'missing' && /(site\/config|site\/languages|i18n\/resources|\/load|load-flow)(\.ts)?$/.test(i.spec) ? [`${i.from} imports ${i.spec}`] : []));
    expect(imported).toEqual([]);
  });

  it('only pages, components and the content collections import the content module', () => {
    const importers = src.filter((f) => /from ['"]virtual:fhp\/content['"]/.test(code(f)));
    expect(importers.length).toBeGreaterThan(30);
    expect(importers.filter((f) => !(f.endsWith('.astro') || f.startsWith('src/pages/') || f === 'src/content.config.ts'))).toEqual([]);
  });

  it('the helpers pages call take content as arguments: they reach no file and no content module', () => {
    const helpers = [
      'src/i18n/translate.ts', 'src/i18n/routes.ts', 'src/directory/services.ts', 'src/directory/a-to-z.ts', 'src/directory/finder-data.ts',
      'src/directory/oruk-export.ts', 'src/directory/oruk-import.ts', 'src/thresholds/guidance.ts', 'src/worried/view-data-for.ts',
      'src/request/page-words.ts', 'src/check-status/words.ts', 'src/cms/config.ts', 'src/content/cross-checks.ts', 'src/site/offered.ts',
    ];
    const problems = importsFrom(helpers).flatMap((i) => {
      const via = i.chain.length ? ` (via ${i.chain.join(' -> ')})` : '';
      if (i.kind === 'builtin' && /^(node:)?fs/.test(i.spec)) return [`${i.from} imports ${i.spec}${via}`];
      if (i.kind === 'package' && i.spec.startsWith('virtual:')) return [`${i.from} imports ${i.spec}${via}`];
      if (i.kind === 'file' && i.target === 'src/content/load-content.ts') return [`${i.from} imports the content reader${via}`];
      return [];
    });
    expect(problems).toEqual([]);
    // The check can fail: the reader itself reaches node:fs.
    expect(importsFrom(['src/content/load-content.ts']).some((i) => i.kind === 'builtin' && i.spec === 'node:fs')).toBe(true);
  });
});
