import { getCollection } from 'astro:content';
import type { Content } from '../content/load-content.ts';
import { mergeImported } from './merge.ts';
import type { Imported } from './oruk-import.ts';
import type { Directory } from './read-directory.ts';

export { activeServices, categoryById, serviceText, servicesIn } from './services.ts';

const built = new WeakMap<Content, Promise<Directory>>();

/**
 * The directory the pages show: the content's own (checked by loadContent) and any ORUK feed
 * (Astro's `orukServices` collection), merged once per build. Pages pass it to the helpers.
 */
export function builtDirectory(content: Content): Promise<Directory> {
  let directory = built.get(content);
  if (!directory) built.set(content, (directory = merge(content)));
  return directory;
}

async function merge(content: Content): Promise<Directory> {
  // Empty when the build has no feeds: the loader clears the collection first.
  const imported = (await getCollection('orukServices')).map((e) => e.data as unknown as Imported);
  const merged = mergeImported(content.directory, imported);
  for (const message of merged.skipped) console.warn(message);
  return merged.directory;
}
