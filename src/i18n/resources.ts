import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentDir, site } from '../site/config.ts';
import { parseOrThrow } from '../site/validate.ts';
import { onlyOffered } from '../site/languages.ts';
import { messagesSchema, missingKeys, reviewsSchema, unknownKeys, type Messages, type Review } from './schema.ts';

/** Reads, checks and returns every locale's messages; the build stops on any gap. */
export function loadMessages(dir = `${contentDir}i18n/`): Record<string, Messages> {
  const all: Record<string, Messages> = {};
  for (const { code } of site.locales) {
    const file = `${dir}${code}.json`;
    all[code] = parseOrThrow(messagesSchema, JSON.parse(readFileSync(file, 'utf8')), `content/i18n/${code}.json`);
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

export function loadReviews(file = `${contentDir}i18n/reviews.yaml`): Record<string, Review> {
  const reviews = onlyOffered(parseOrThrow(reviewsSchema, parse(readFileSync(file, 'utf8')), 'content/i18n/reviews.yaml'));
  // A language nobody has reviewed yet (one just added) is a draft: every page in it says so.
  return Object.fromEntries(site.locales.map((l) => [l.code, reviews[l.code] ?? (l.code === 'en' ? { status: 'source' as const } : { status: 'draft' as const })]));
}

export const messages = loadMessages();
export const reviews = loadReviews();
