import type { ErrorCode } from '../../src/request/schema.ts';
import type { LocaleWords } from '../../src/request/page-words.ts';

/**
 * The Worker's words come from what the build wrote for each language the site offers
 * (dist/api/forms/<locale>.json), read through the static assets binding: the Worker bundles
 * no language, so a council's languages are whatever content/site.yaml lists.
 */
export interface WordsDeps {
  /** A file from the built site (dist/), read through the static assets binding. */
  asset: (path: string) => Promise<Response>;
}

/** A language's words for the forms; a language the site does not have falls back to English. */
export async function localeWords(deps: WordsDeps, asked: unknown): Promise<{ language: string; all: LocaleWords }> {
  const wanted = typeof asked === 'string' && /^[a-z]{2,3}$/.test(asked) ? asked : 'en';
  for (const language of wanted === 'en' ? ['en'] : [wanted, 'en']) {
    const res = await deps.asset(`/api/forms/${language}.json`);
    if (res.ok) return { language, all: (await res.json()) as LocaleWords };
  }
  throw new Error('no words for the forms');
}

/** Field error messages in the sender's language, the same words the forms show. */
export async function errorMessages(deps: WordsDeps, language: unknown): Promise<Record<ErrorCode, string>> {
  return (await localeWords(deps, language)).all['ask-for-help'].errors;
}
