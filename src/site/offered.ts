/** An object keyed by language code, with the languages not in `codes` removed (content written in a language the site does not offer). */
export function onlyOffered<T>(byLocale: Record<string, T>, codes: readonly string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(byLocale).filter(([code]) => codes.includes(code)));
}

/** A glob for content/<folder>/<locale>/<pattern> that matches only the offered languages. */
export function offeredLocaleGlob(pattern: string, codes: readonly string[]): string {
  // A brace with one item is literal in glob syntax: "{en}/*.md" would look for a folder called "{en}".
  return codes.length === 1 ? `${codes[0]}/${pattern}` : `{${codes.join(',')}}/${pattern}`;
}
