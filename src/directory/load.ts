import { contentDir, site } from '../site/config.ts';
import type { Category, Location, Organisation } from './schema.ts';
import { readDirectory, readReferenceData, type Directory } from './read-directory.ts';

export type { Directory };

const codes = () => site.locales.map((l) => l.code);

/** What services refer to (content/directory/): categories, organisations and places, checked. */
export function loadReferenceData(): { categories: Category[]; organisations: Organisation[]; locations: Location[] } {
  return readReferenceData(contentDir, codes());
}

/** Reads this build's own directory from content/; throws on any broken file or reference. */
export function loadDirectory(): Directory {
  return readDirectory(contentDir, codes());
}
