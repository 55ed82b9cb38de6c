import type { Service } from './schema.ts';

/**
 * What the directory's filters match on: each service's values, written into each language's
 * finder index (finder-data.ts) that the Worker filters (finder.ts). Pure: used at build time,
 * in the Worker and in the browser.
 */

/** Ages a reader can pick; a service with no upper age counts as covering them all. */
export const oldestAge = 25;

/** A service's filter values; `areas` are the towns of its places (see areas.ts). */
export function filterValues(s: Service, areas: string[] = []): Record<string, string[]> {
  const from = Math.max(0, s.minimum_age ?? 0);
  const to = Math.min(oldestAge, s.maximum_age ?? oldestAge);
  const ages = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => String(from + i));
  const days = new Set(s.schedules.flatMap((x) => x.byday.split(',').map((d) => d.slice(-2))));
  return {
    kind: ['service'],
    category: s.categories,
    age: ages,
    ...(s.cost_options.every((c) => c.amount === 0 && !c.amount_description) ? { free: ['yes'] } : {}),
    language: s.languages.map((l) => l.code),
    mode: s.delivery,
    day: [...days],
    ...(s.referral.includes('self') ? { self: ['yes'] } : {}),
    ...(areas.length ? { area: areas } : {}),
  };
}

/** What a reader has chosen in the filter form ('' = any). */
export interface Choice { words: string; category: string; age: string; area: string; free: boolean; language: string; mode: string; day: string; self: boolean; postcode: string }
export const noChoice: Choice = { words: '', category: '', age: '', area: '', free: false, language: '', mode: '', day: '', self: false, postcode: '' };
