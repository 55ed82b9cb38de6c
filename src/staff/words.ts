/**
 * The staff pages' words, from content/staff/en.yaml (build time only). The build stops if a
 * decision, a kind of request or a worried-flow outcome has no words.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod';
import { contentDir, site } from '../site/config.ts';
import { parseOrThrow } from '../site/validate.ts';
import { requestKinds } from '../request/choices.ts';
import { outcomeChoices } from './decisions.ts';
import { loadFlow } from '../worried/load-flow.ts';

type Words = { [key: string]: string | Words };
const words: z.ZodType<Words> = z.lazy(() => z.record(z.string(), z.union([z.string(), words])));

export interface StaffWords {
  words: Words;
  /** Language codes to names, from content/site.yaml. */
  languages: Record<string, string>;
  timeZone: string;
}

export function staffWords(): StaffWords {
  const file = `${contentDir}staff/en.yaml`;
  const loaded = parseOrThrow(words, parse(readFileSync(file, 'utf8')), 'content/staff/en.yaml');
  const missing = [
    ...outcomeChoices.map((id) => ['outcomes', id]),
    ...requestKinds.map((id) => ['kinds', id]),
    ...Object.keys(loadFlow().flow.outcomes).map((id) => ['insight', 'worriedOutcomes', id]),
  ].filter((path) => typeof path.reduce<unknown>((at, key) => (at as Words | undefined)?.[key], loaded) !== 'string');
  if (missing.length) throw new Error(`content/staff/en.yaml has no words for: ${missing.map((p) => p.join('.')).join(', ')}`);
  return { words: loaded, languages: Object.fromEntries(site.locales.map((l) => [l.code, l.name])), timeZone: site.contact.timeZone };
}
