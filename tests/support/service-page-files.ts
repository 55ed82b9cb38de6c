import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPart, partOf, partsPath, servicePage, shellPath } from '../../src/directory/service-pages.ts';

export { serviceAddress } from '../../src/directory/service-pages.ts';

const inDist = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/**
 * A service page as the Worker answers it (functions/core/service-pages.ts), put together from
 * the built shell and parts file by the same code, for tests that read pages without a Worker.
 * Undefined when the build has no such service in that language.
 */
export function serviceHtml(dist: string, locale: string, id: string): string | undefined {
  // No parts file for the id's group (or no shell in that language): no such page. Anything else is a failure.
  const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';
  try {
    const part = findPart(inDist(dist, partsPath(locale, partOf(id))), id);
    return part && servicePage(inDist(dist, shellPath(locale)), id, part);
  } catch (error) {
    if (missing(error)) return undefined;
    throw error;
  }
}
