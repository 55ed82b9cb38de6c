import { pageLocale } from './built-pages.ts';

/**
 * Pages made from one template look alike to axe and to a narrow screen: checking each
 * template in every language, plus a seeded random sample of the pages that share one,
 * finds what checking all 1,200 pages found, in a fraction of the time.
 */

/** Routes where many pages share a template: the part of the address that varies becomes "*". */
const sharedTemplates: [name: string, pattern: RegExp][] = [
  ['/services/categories/*/', /^\/services\/categories\/[^/]+\/(?:\d+\/)?$/],
  ['/services/a-z/*/', /^\/services\/a-z\/[^/]+\/$/],
  ['/professionals/thresholds/concerns/*/', /^\/professionals\/thresholds\/concerns\/[^/]+\/$/],
  ['/worried/s/*/', /^\/worried\/s\/[^/]+\/$/],
  ['/guides/*/', /^\/guides\/[^/]+\/$/],
  ['/updates/*/', /^\/updates\/(?!feed)[^/]+\/$/],
  // Last: a service page is any other single name under /services/.
  ['/services/*/', /^\/services\/(?!categories\/|a-z\/|shortlist\/)[^/]+\/$/],
];

/** The template a page is made from, the same in every language: "/services/*" for a service page. */
export function templateOf(path: string, codes: string[]): string {
  const locale = pageLocale(path, codes);
  const inLanguage = locale === 'en' ? path : path.slice(locale.length + 1);
  return sharedTemplates.find(([, pattern]) => pattern.test(inLanguage))?.[0] ?? inLanguage;
}

/** A small seeded generator (mulberry32): the same seed picks the same pages. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every template in every language (its first page), plus `extraPerTemplate` more pages
 * picked at random (by `seed`) from each template many pages share.
 */
export function pagesToCheck(paths: string[], codes: string[], seed: number, extraPerTemplate = 2): string[] {
  const byTemplate = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const key = `${pageLocale(path, codes)} ${templateOf(path, codes)}`;
    byTemplate.set(key, [...(byTemplate.get(key) ?? []), path]);
  }
  const random = seededRandom(seed);
  const chosen: string[] = [];
  for (const group of byTemplate.values()) {
    chosen.push(group[0]!);
    const rest = group.slice(1);
    for (let i = 0; i < extraPerTemplate && rest.length; i++) chosen.push(rest.splice(Math.floor(random() * rest.length), 1)[0]!);
  }
  return chosen.sort();
}
