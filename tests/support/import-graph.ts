/**
 * The run-time import graph of the project's own modules, read as text: what a file imports,
 * and every file reached from some roots. Used by tests that draw boundaries between code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve('.');
const builtins = new Set(builtinModules);
const extensions = ['', '.ts', '.tsx', '.js', '.mjs', '.json', '/index.ts'];

export function filesUnder(path: string): string[] {
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

export type Import =
  | { kind: 'builtin' | 'astro' | 'package' | 'missing'; from: string; spec: string; chain: string[] }
  | { kind: 'file'; from: string; spec: string; target: string; chain: string[] };

/** Every run-time import reached from `roots` (files or folders), each once per importing file, with the chain that led there. */
export function importsFrom(roots: string[]): Import[] {
  const found: Import[] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const from = relative(root, file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('node:') || builtins.has(spec.split('/')[0]!)) found.push({ kind: 'builtin', from, spec, chain });
      else if (spec.startsWith('astro:')) found.push({ kind: 'astro', from, spec, chain });
      else if (!spec.startsWith('.')) found.push({ kind: 'package', from, spec, chain });
      else {
        const target = extensions.map((ext) => resolve(dirname(file), spec) + ext).find((p) => existsSync(p) && statSync(p).isFile());
        if (!target) found.push({ kind: 'missing', from, spec, chain });
        else {
          found.push({ kind: 'file', from, spec, target: relative(root, target), chain });
          if (/\.(ts|tsx|js|mjs)$/.test(target) && !relative(root, target).startsWith('content/')) visit(target, [...chain, from]);
        }
      }
    }
  };
  for (const path of roots) for (const file of filesUnder(resolve(path))) visit(file, []);
  return found;
}
