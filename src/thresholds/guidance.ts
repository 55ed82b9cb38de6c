/**
 * The threshold guidance for the pages: loaded and checked once per build, then turned
 * into what one language's pages need (addresses, words, grouping).
 */
import { localePath } from '../i18n/routes.ts';
import { formatDay } from '../site/dates.ts';
import { loadThresholds } from './load.ts';
import type { Indicator } from './schema.ts';

export const thresholds = loadThresholds();
export const { structure, document } = thresholds;

export const base = '/professionals/thresholds/';
export const levelPath = (level: string) => `${base}${level}/`;
export const concernPath = (concern: string) => `${base}concerns/${concern}/`;
export const indicatorsPath = `${base}indicators/`;
/** The number a level is known by (1 to 4): its place in thresholds.yaml. */
export const levelNumber = (level: string) => structure.levels.indexOf(level) + 1;

/** An indicator with its words and links, in one language. */
export interface IndicatorView extends Indicator {
  text: string;
  href: string;
}

export function guidanceFor(locale: string) {
  const text = thresholds.text[locale]!;
  const path = (p: string) => localePath(locale, p);
  const indicators: IndicatorView[] = structure.indicators.map((i) => ({ ...i, text: text.indicators[i.id]!, href: `${path(levelPath(i.level))}#${i.id}` }));
  return {
    text,
    indicators,
    path,
    // British English writes 1 December 2026, not December 1, 2026.
    day: (iso: string) => formatDay(locale, iso),
    /** Indicators of one level, grouped by domain in the framework's order. */
    byDomain: (level: string) =>
      structure.domains.map((domain) => ({ domain, items: indicators.filter((i) => i.level === level && i.domain === domain) })).filter((g) => g.items.length),
  };
}
export type Guidance = ReturnType<typeof guidanceFor>;
