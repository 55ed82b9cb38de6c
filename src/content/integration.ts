/**
 * The council's content, read and checked once per build, then given to the pages.
 *
 * astro.config.mjs names the content folder; this integration calls `loadContent(dir)` once
 * (the build stops there with every problem listed together) and serves the result through a
 * virtual module, `virtual:fhp/content`: pages and components import `content` from it, and
 * pass what helpers need as arguments. The data is written into the module (devalue keeps its
 * Maps), so no page reads a content file again. In `astro dev`, a change under the folder reads
 * the content again and reloads the pages that use it.
 */
import type { AstroIntegration } from 'astro';
import { uneval } from 'devalue';
import { resolve } from 'node:path';
import type { BuildOptions } from './build-options.ts';
import { loadContent, type Content } from './load-content.ts';

export const contentModuleId = 'virtual:fhp/content';
const resolvedId = `\0${contentModuleId}`;

/** The virtual module's source: the content, the folder it came from and the build's options, as JavaScript values. */
export function contentModuleSource(content: Content, dir: string, build: BuildOptions): string {
  return `export const contentDir = ${JSON.stringify(dir)};\nexport const build = ${uneval(build)};\nexport const content = ${uneval(content)};\n`;
}

/** Reads and checks `dir` once (throws `ContentProblems` listing everything wrong), and serves it to the pages. */
export default function contentIntegration(dir: string, build: BuildOptions, content: Content = loadContent(dir)): AstroIntegration {
  const folder = `${resolve(dir)}/`;
  let current = content;
  return {
    name: 'fhp:content',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'fhp:content',
                resolveId: (id) => (id === contentModuleId ? resolvedId : undefined),
                load: (id) => (id === resolvedId ? contentModuleSource(current, folder, build) : undefined),
                configureServer(server) {
                  server.watcher.add(folder);
                  const changed = (file: string) => {
                    if (!resolve(file).startsWith(folder)) return;
                    try {
                      current = loadContent(folder);
                    } catch (error) {
                      server.config.logger.error((error as Error).message);
                      return;
                    }
                    const module = server.moduleGraph.getModuleById(resolvedId);
                    if (module) server.moduleGraph.invalidateModule(module);
                    server.ws.send({ type: 'full-reload' });
                  };
                  server.watcher.on('change', changed).on('add', changed).on('unlink', changed);
                },
              },
            ],
          },
        });
      },
    },
  };
}
