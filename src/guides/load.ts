import { getCollection, type CollectionEntry } from 'astro:content';
import type { SiteConfig } from '../site/config-schema.ts';

/**
 * Every guide in every language, in order. Stops the build naming any guide a language
 * lacks, or a translation whose order differs from the English one.
 */
export async function allGuides(locales: SiteConfig['locales']): Promise<CollectionEntry<'guides'>[]> {
  const entries = await getCollection('guides');
  const problems = guideProblems(entries, locales);
  if (problems.length) throw new Error(`The guides for families do not match:\n  - ${problems.join('\n  - ')}`);
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** Guides a language lacks, translations in another order than the English, and guides with no English one (a check across files). */
export function guideProblems(entries: { id: string; data: { order: number } }[], locales: SiteConfig['locales']): string[] {
  const english = entries.filter((e) => e.id.startsWith('en/'));
  const problems: string[] = [];
  for (const en of english) {
    const slug = en.id.slice(3);
    for (const { code } of locales) {
      const found = entries.find((e) => e.id === `${code}/${slug}`);
      if (!found) problems.push(`content/guides/${code}/${slug}.md: missing`);
      else if (found.data.order !== en.data.order) problems.push(`content/guides/${code}/${slug}.md: order is ${found.data.order}, English has ${en.data.order}`);
    }
  }
  for (const e of entries) if (!english.some((en) => en.id.slice(3) === e.id.split('/')[1])) problems.push(`content/guides/${e.id}.md: no English guide with this name`);
  return problems;
}
