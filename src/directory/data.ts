import { getCollection } from 'astro:content';
import { loadDirectory, type Directory } from './load.ts';
import { mergeImported } from './merge.ts';
import type { Imported } from './oruk-import.ts';
import { feedSources } from './oruk-loader.ts';
import type { Category, Service } from './schema.ts';

/** The directory, read and checked once per build: content/ plus any ORUK feed. */
const imported = feedSources().length ? (await getCollection('orukServices')).map((e) => e.data as unknown as Imported) : [];
const merged = mergeImported(loadDirectory(), imported);
for (const message of merged.skipped) console.warn(message);
export const directory: Directory = merged.directory;

const byName = (a: Service, b: Service) => a.name.localeCompare(b.name, 'en');

/** Active services, A to Z (a fresh array each time; sorted once per build). */
export function activeServices(): Service[] {
  return [...active];
}
const active = directory.services.filter((s) => s.status === 'active').sort(byName);

export function servicesIn(category: Category): Service[] {
  return activeServices().filter((s) => s.categories.includes(category.id));
}

/** A service's name and description in a language, or English with a flag saying so. */
export function serviceText(service: Service, locale: string): { name: string; description: string; english: boolean } {
  const own = service.translations[locale];
  const english = locale !== 'en' && !own?.description;
  return { name: own?.name ?? service.name, description: own?.description ?? service.description, english };
}

export const categoryById = new Map(directory.categories.map((c) => [c.id, c]));
