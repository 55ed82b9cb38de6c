import { activeServices, serviceText } from './services.ts';
import { perDataAndLocale } from '../site/per-locale.ts';
import type { Directory } from './read-directory.ts';

/** One letter of the A to Z in one language, with its own page at /services/a-z/<slug>/. */
export interface Letter {
  letter: string;
  /** a–z and 0–9 as themselves; any other letter (Ł, Д, ع) by its code point, e.g. "x141". */
  slug: string;
  services: { id: string; name: string; english: boolean }[];
}

export function letterSlug(letter: string): string {
  const lower = letter.toLowerCase();
  return /^[a-z0-9]$/.test(lower) ? lower : `x${letter.codePointAt(0)!.toString(16)}`;
}

/**
 * Active services grouped by the first letter of the name shown in a language, letters and
 * names in that language's order. One page per letter keeps each page small however many
 * services a council has (5,000 on one page came to 800 kB).
 */
export const aToZ = perDataAndLocale((directory: Directory, locale): Letter[] => {
  const collator = new Intl.Collator(locale);
  const groups = new Map<string, Letter['services']>();
  for (const s of activeServices(directory)) {
    const text = serviceText(s, locale);
    const letter = text.name[0]!.toLocaleUpperCase(locale);
    const group = groups.get(letter) ?? groups.set(letter, []).get(letter)!;
    group.push({ id: s.id, name: text.name, english: text.name === s.name && locale !== 'en' });
  }
  return [...groups]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([letter, services]) => ({ letter, slug: letterSlug(letter), services: services.sort((a, b) => collator.compare(a.name, b.name)) }));
});
