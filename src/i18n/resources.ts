import { contentDir, site } from '../site/config.ts';
import { readMessages, readReviews } from './read-messages.ts';
import type { Messages, Review } from './schema.ts';

const codes = site.locales.map((l) => l.code);

/** Reads, checks and returns every locale's messages; the build stops on any gap. */
export function loadMessages(dir = `${contentDir}i18n/`): Record<string, Messages> {
  return readMessages(dir, codes);
}

export function loadReviews(file = `${contentDir}i18n/reviews.yaml`): Record<string, Review> {
  return readReviews(file, codes);
}

export const messages = loadMessages();
export const reviews = loadReviews();
