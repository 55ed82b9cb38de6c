import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Code that runs in the browser, the build and the Worker alike must not reach for the
 * build machine: no node: modules (the browser and the Worker have none) and no content/
 * files (the Worker gets its words from what the build writes, the browser from the page).
 * These are its roots; everything they import, however deep, is checked.
 */
const root = resolve('.');
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
  // Other islands.
  'src/directory/DirectoryFilters.tsx',
  'src/directory/ShortlistPage.tsx',
  'src/search/SearchForm.tsx',
  'src/thresholds/IndicatorFilter.tsx',
  'src/components/exit-this-page/exit-this-page.ts',
];

const builtins = new Set(builtinModules);
const extensions = ['', '.ts', '.tsx', '.js', '.mjs', '.json', '/index.ts'];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name))).filter((f) => /\.(ts|tsx)$/.test(f));
}

/** The modules a file imports at run time (`import type` is erased and left out). */
export function runtimeImports(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const m of withoutComments.matchAll(/(?:^|[;\s])(import|export)\s+(type\s+)?(?:[\w*$\s{},]*?\s+from\s+)?['"]([^'"]+)['"]/g)) {
    if (!m[2]) found.push(m[3]!);
  }
  for (const m of withoutComments.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** Every rule broken in the import graph from `roots`, as "file imports what (via chain)". */
export function boundaryProblems(roots: string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const here = relative(root, file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      const via = chain.length ? ` (via ${chain.join(' -> ')})` : '';
      if (spec.startsWith('node:') || builtins.has(spec.split('/')[0]!)) {
        problems.push(`${here} imports ${spec}${via}`);
        continue;
      }
      if (spec.startsWith('astro:')) {
        problems.push(`${here} imports ${spec}, which only the build has${via}`);
        continue;
      }
      if (!spec.startsWith('.')) continue; // a package: bundled for the place it runs
      const target = extensions.map((ext) => resolve(dirname(file), spec) + ext).find((p) => existsSync(p) && statSync(p).isFile());
      if (!target) {
        problems.push(`${here} imports ${spec}, which does not exist`);
        continue;
      }
      if (relative(root, target).startsWith('content/')) {
        problems.push(`${here} imports ${relative(root, target)}: content reaches shared code only through what the build writes${via}`);
        continue;
      }
      if (/\.(ts|tsx|js|mjs)$/.test(target)) visit(target, [...chain, here]);
    }
  };
  for (const path of roots) for (const file of filesUnder(resolve(path))) visit(file, []);
  return problems;
}

describe('code shared by the browser, the build and the Worker', () => {
  it('imports no node: module and no content file, however deep', () => {
    expect(boundaryProblems(sharedRoots)).toEqual([]);
  });

  it('the check finds such an import (it can fail)', () => {
    // The build-time words module reads content/ with node:fs: were a shared file to import it, the test above fails.
    const problems = boundaryProblems(['src/request/page-words.ts']);
    expect(problems.some((p) => /imports node:fs/.test(p))).toBe(true);
    expect(runtimeImports("import type { A } from 'node:fs';\nimport { b } from './b.ts';\nexport { c } from \"../c.ts\";")).toEqual(['./b.ts', '../c.ts']);
  });
});
