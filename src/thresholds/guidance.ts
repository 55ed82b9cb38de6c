/**
 * The threshold guidance for the pages: the content's thresholds (checked by loadContent)
 * turned into what one language's pages need (addresses, words, grouping).
 */
import { localePath } from '../i18n/routes.ts';
import { formatDay } from '../site/dates.ts';
import type { Thresholds } from './read-thresholds.ts';
import type { Indicator, Structure } from './schema.ts';

export const base = '/professionals/thresholds/';
export const levelPath = (level: string) => `${base}${level}/`;
export const concernPath = (concern: string) => `${base}concerns/${concern}/`;
export const indicatorsPath = `${base}indicators/`;
/** The number a level is known by (1 to 4): its place in thresholds.yaml. */
export const levelNumber = (structure: Structure, level: string) => structure.levels.indexOf(level) + 1;

/** An indicator with its words and links, in one language. */
export interface IndicatorView extends Indicator {
  text: string;
  href: string;
}

export function guidanceFor(thresholds: Thresholds, locale: string) {
  const { structure, document } = thresholds;
  const text = thresholds.text[locale]!;
  const path = (p: string) => localePath(locale, p);
  const indicators: IndicatorView[] = structure.indicators.map((i) => ({ ...i, text: text.indicators[i.id]!, href: `${path(levelPath(i.level))}#${i.id}` }));
  return {
    structure,
    document,
    /** A level's number (1 to 4). */
    levelNumber: (level: string) => levelNumber(structure, level),
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
