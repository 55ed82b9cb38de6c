import type { Category } from './schema.ts';

/**
 * The words people use for a service's needs, in one language: its categories' names and
 * search words (content/directory/categories.yaml). Service descriptions are mostly in
 * English only, so these are what lets "logopeda" find a speech and language service from
 * the Polish site. Used by the service page (indexed by Pagefind) and the finder's index.
 */
export function needWords(categories: Category[], locale: string): string[] {
  return [...new Set(categories.flatMap((c) => [c.name[locale] ?? '', ...(c.words[locale] ?? [])]).filter(Boolean))];
}
