import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { onlyOffered } from '../site/offered.ts';
import { parseOrThrow } from '../site/validate.ts';
import { messagesSchema, missingKeys, reviewsSchema, unknownKeys, type Messages, type Review } from './schema.ts';

/** Reads and checks each language's words (<dir><code>.json) against English; throws on any gap. */
export function readMessages(dir: string, codes: readonly string[]): Record<string, Messages> {
  const all: Record<string, Messages> = {};
  for (const code of codes) {
    const file = `${dir}${code}.json`;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`content/i18n/${code}.json could not be read: ${(error as Error).message}`);
    }
    all[code] = parseOrThrow(messagesSchema, raw, `content/i18n/${code}.json`);
  }
  const english = all.en!;
  for (const [code, messages] of Object.entries(all)) {
    const missing = missingKeys(english, messages, code);
    const unknown = unknownKeys(english, messages);
    if (missing.length || unknown.length) {
      throw new Error(
        `content/i18n/${code}.json does not match en.json:\n` +
          missing.map((k) => `  - missing: ${k}`).concat(unknown.map((k) => `  - not in English: ${k}`)).join('\n'),
      );
    }
  }
  return all;
}

/** Who has checked each offered language; one nobody has reviewed yet (one just added) is a draft. */
export function readReviews(file: string, codes: readonly string[]): Record<string, Review> {
  const reviews = onlyOffered(parseOrThrow(reviewsSchema, parse(readFileSync(file, 'utf8')), 'content/i18n/reviews.yaml'), codes);
  return Object.fromEntries(codes.map((code) => [code, reviews[code] ?? (code === 'en' ? { status: 'source' as const } : { status: 'draft' as const })]));
}
