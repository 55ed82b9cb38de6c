/**
 * The staff pages' words, from content/staff/en.yaml (read by loadContent). The build stops if a
 * decision, a kind of request or a worried-flow outcome has no words.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod';
import type { SiteConfig } from '../site/config-schema.ts';
import type { Flow } from '../worried/flow-schema.ts';
import { parseOrThrow } from '../site/validate.ts';
import { requestKinds } from '../request/choices.ts';
import { outcomeChoices } from './decisions.ts';

export type Words = { [key: string]: string | Words };
const words: z.ZodType<Words> = z.lazy(() => z.record(z.string(), z.union([z.string(), words])));

export interface StaffWords {
  words: Words;
  /** Language codes to names, from content/site.yaml. */
  languages: Record<string, string>;
  timeZone: string;
}

/** Reads and checks a staff words file (<content>/staff/en.yaml); throws naming it. */
export function readStaffWords(file: string): Words {
  return parseOrThrow(words, parse(readFileSync(file, 'utf8')), 'content/staff/en.yaml');
}

/** Decisions, kinds of request and worried-flow outcomes the staff words have no words for (a check across files). */
export function staffWordsProblems(loaded: Words, flow: Flow): string[] {
  const missing = [
    ...outcomeChoices.map((id) => ['outcomes', id]),
    ...requestKinds.map((id) => ['kinds', id]),
    ...Object.keys(flow.outcomes).map((id) => ['insight', 'worriedOutcomes', id]),
  ].filter((path) => typeof path.reduce<unknown>((at, key) => (at as Words | undefined)?.[key], loaded) !== 'string');
  return missing.length ? [`content/staff/en.yaml has no words for: ${missing.map((p) => p.join('.')).join(', ')}`] : [];
}

/** What the staff pages are given: their words, and the languages and time zone from content/site.yaml. */
export function staffWords({ site, staff }: { site: SiteConfig; staff: Words }): StaffWords {
  return { words: staff, languages: Object.fromEntries(site.locales.map((l) => [l.code, l.name])), timeZone: site.contact.timeZone };
}
