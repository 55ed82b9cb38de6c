import { contentDir, site } from '../site/config.ts';
import { readThresholds, type Thresholds } from './read-thresholds.ts';

export type { Thresholds };

/** Reads and checks content/thresholds/ in every language; throws naming the file and field. */
export function loadThresholds(dir = `${contentDir}thresholds/`, locales = site.locales.map((l) => l.code)): Thresholds {
  return readThresholds(dir, locales);
}
