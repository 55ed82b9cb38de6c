import { loadDirectory, type Directory } from './load.ts';
import type { Category, Service } from './schema.ts';

/** The directory, read and checked once per build. */
export const directory: Directory = loadDirectory();

const byName = (locale: string) => (a: Service, b: Service) => a.name.localeCompare(b.name, 'en');

/** Active services, A to Z. */
export function activeServices(locale = 'en'): Service[] {
  return directory.services.filter((s) => s.status === 'active').sort(byName(locale));
}

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
