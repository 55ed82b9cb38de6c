import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Astro integration: moves each language's "page not found" from /<code>/404/index.html to
 * /<code>/404.html, where Workers static assets looks for the nearest 404 page.
 */
export default function localeNotFound(codes) {
  return {
    name: 'locale-not-found',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const code of codes) {
          const from = `${root}${code}/404/index.html`;
          if (!existsSync(from)) continue;
          renameSync(from, `${root}${code}/404.html`);
          rmdirSync(`${root}${code}/404`);
        }
      },
    },
  };
}
