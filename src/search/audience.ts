/**
 * Who a page is for, as site search sees it. Families search with family words ("domestic
 * abuse", "food", "help with my child"); pages written for professionals share those words,
 * so search lists help for families first and professionals' pages after (SearchForm.tsx),
 * and their words count for less (Pagefind's data-pagefind-weight).
 */
export type Audience = 'families' | 'professionals';

export const audienceOf = (path: string): Audience => (path.startsWith('/professionals/') ? 'professionals' : 'families');

/** Pagefind attributes for a searchable page's <main>. */
export function searchAttributes(path: string): Record<string, string> {
  const audience = audienceOf(path);
  return { 'data-pagefind-body': '', 'data-pagefind-filter': `audience:${audience}`, ...(audience === 'professionals' ? { 'data-pagefind-weight': '0.25' } : {}) };
}

/**
 * Pages families look for in their own words, which the page itself may not use ("my child"):
 * the key of those words under search.keywords in content/i18n/<locale>.json.
 */
export const keywordsKey: Record<string, string> = { '/': 'home', '/ask-for-help/': 'askForHelp', '/worried/': 'worried' };
