import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Astro integration: Astro writes its island loader (the <astro-island> element, about 1.8 kB
 * gzip) inline into every page with an island. After the build it becomes one file instead,
 * loaded with `defer`: cached once for every page, and out of the HTML a page needs before it
 * can paint (its first round trip). The small inline scripts for each hydration directive stay:
 * the loader waits for them, and they for it, whichever runs first.
 */
export default function islandRuntimeFile() {
  return {
    name: 'island-runtime-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const inlineScripts = /<script>([\s\S]*?)<\/script>/g;
        const pages = [];
        const walk = (folder) => {
          for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) walk(path);
            else if (entry.name.endsWith('.html')) pages.push(path);
          }
        };
        walk(root);
        const files = new Map();
        let changed = 0;
        for (const path of pages) {
          const html = readFileSync(path, 'utf8');
          const found = [...html.matchAll(inlineScripts)].find((m) => m[1].includes('customElements.define("astro-island"'));
          if (!found) continue;
          const code = found[1];
          let url = files.get(code);
          if (!url) {
            url = `/_astro/astro-island.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
            writeFileSync(join(root, url), code);
            files.set(code, url);
          }
          writeFileSync(path, html.replace(found[0], () => `<script src="${url}" defer></script>`));
          changed++;
        }
        logger.info(`island loader: ${changed} pages load it from ${[...files.values()].join(', ') || 'no file'}`);
      },
    },
  };
}
