import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { partsFor } from '../styles/critical-parts.mjs';
import { mainStart } from '../directory/service-pages.ts';

/**
 * Astro integration: every page is built with every critical CSS part inline
 * (<style data-critical="…">, src/site/Layout.astro); after the build each page keeps only the
 * parts its own classes need (src/styles/critical-parts.mjs), so a page without a form carries
 * no form CSS. The Worker's answers to forms are these pages with the form swapped. A service
 * page shell keeps what its language's service parts use as well: the Worker puts them into it.
 */
/** Every service part of a language, one after another (src/directory/service-pages.ts). */
function serviceParts(folder) {
  return readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => readFileSync(join(folder, e.name, 'index.html'), 'utf8')).join('');
}

export default function criticalPartsTrim() {
  return {
    name: 'critical-parts-trim',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const walk = (folder) => {
          for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) walk(path);
            else if (entry.name.endsWith('.html')) {
              const html = readFileSync(path, 'utf8');
              if (!html.includes('data-critical=')) continue;
              const keep = new Set(partsFor(html.includes(mainStart) ? html + serviceParts(join(folder, '..', 'parts')) : html));
              const trimmed = html.replace(/<style data-critical="(\w+)">[\s\S]*?<\/style>/g, (style, part) => (keep.has(part) ? style : ''));
              if (trimmed !== html) writeFileSync(path, trimmed);
            }
          }
        };
        walk(fileURLToPath(dir));
      },
    },
  };
}
