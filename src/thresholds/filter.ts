/**
 * Which indicators match a choice of concern, domain and age. Pure, so the island, the
 * pre-built concern pages and the tests share it. An empty choice means "any".
 */
export interface Filterable {
  domain: string;
  concerns: string[];
  ages: string[];
}
export interface Choice {
  concern: string;
  domain: string;
  age: string;
}
export const anyChoice: Choice = { concern: '', domain: '', age: '' };

export function matches(indicator: Filterable, choice: Choice): boolean {
  return (
    (!choice.concern || indicator.concerns.includes(choice.concern)) &&
    (!choice.domain || indicator.domain === choice.domain) &&
    (!choice.age || indicator.ages.includes(choice.age))
  );
}

export function filterIndicators<T extends Filterable>(indicators: T[], choice: Choice): T[] {
  return indicators.filter((i) => matches(i, choice));
}
