/** The directory's services as the pages list them: pure functions of a directory (src/directory/read-directory.ts). */
import type { Directory } from './read-directory.ts';
import type { Category, Service } from './schema.ts';

const byName = (a: Service, b: Service) => a.name.localeCompare(b.name, 'en');
const sorted = new WeakMap<Directory, Service[]>();

/** Active services, A to Z (a fresh array each time; sorted once per directory). */
export function activeServices(directory: Directory): Service[] {
  let active = sorted.get(directory);
  if (!active) sorted.set(directory, (active = directory.services.filter((s) => s.status === 'active').sort(byName)));
  return [...active];
}

export function servicesIn(directory: Directory, category: Category): Service[] {
  return activeServices(directory).filter((s) => s.categories.includes(category.id));
}

/** A service's name and description in a language, or English with a flag saying so. */
export function serviceText(service: Service, locale: string): { name: string; description: string; english: boolean } {
  const own = service.translations[locale];
  const english = locale !== 'en' && !own?.description;
  return { name: own?.name ?? service.name, description: own?.description ?? service.description, english };
}

const byId = new WeakMap<Directory, Map<string, Category>>();
/** A category of the directory by its id. */
export function categoryById(directory: Directory, id: string): Category | undefined {
  let map = byId.get(directory);
  if (!map) byId.set(directory, (map = new Map(directory.categories.map((c) => [c.id, c]))));
  return map.get(id);
}
