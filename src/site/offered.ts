/** An object keyed by language code, with the languages not in `codes` removed (content written in a language the site does not offer). */
export function onlyOffered<T>(byLocale: Record<string, T>, codes: readonly string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(byLocale).filter(([code]) => codes.includes(code)));
}
