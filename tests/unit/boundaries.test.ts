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
