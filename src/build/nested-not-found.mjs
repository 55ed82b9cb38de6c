import { readdirSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Astro integration: moves every nested "page not found" from <dir>/404/index.html to
 * <dir>/404.html, where Workers static assets looks for the nearest 404 page. So /pl/...
 * gets the Polish one, and a broken question address gets "start again".
 */
export default function nestedNotFound() {
  return {
    name: 'nested-not-found',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const walk = (folder) => {
          for (const entry of readdirSync(folder, { withFileTypes: true })) {
            if (!entry.isDirectory()) continue;
            const path = join(folder, entry.name);
            if (entry.name === '404') {
              renameSync(join(path, 'index.html'), `${path}.html`);
              rmdirSync(path);
            } else walk(path);
          }
        };
        walk(fileURLToPath(dir));
      },
    },
  };
}
