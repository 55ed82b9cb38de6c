import { z } from 'zod';
import { day } from '../site/formats.ts';

/** The shapes of content/thresholds/: the guidance's structure, its document details and its words. */

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens, like "parental-mental-health"');
const ids = (what: string) => z.array(id).min(1, `Give at least one ${what}`);

/** content/thresholds/thresholds.yaml: levels, domains, concerns, age bands and indicators (no words). */
export const structureSchema = z.strictObject({
  levels: ids('level'),
  domains: ids('domain'),
  concerns: ids('concern'),
  ages: ids('age band'),
  indicators: z.array(z.strictObject({ id, level: id, domain: id, concerns: ids('concern'), ages: ids('age band') })).min(1),
});
export type Structure = z.infer<typeof structureSchema>;
export type Indicator = Structure['indicators'][number];

/** content/thresholds/document.yaml: which version is in force, and its history. */
export const documentSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+$/, 'Use a version like "2.0"'),
  effectiveFrom: day,
  agreedOn: day,
  changes: z.array(z.strictObject({ version: z.string().regex(/^\d+\.\d+$/, 'Use a version like "2.0"'), date: day })).min(1),
});
export type ThresholdDocument = z.infer<typeof documentSchema>;

const words = z.string().trim().min(1, 'Empty text');
// Contact text may hold the Family Help Point's numbers, filled in from content/site.yaml.
const contactWords = words.refine((s) => [...s.matchAll(/\{\{(\w+)\}\}/g)].every((m) => m[1] === 'phone' || m[1] === 'outOfHours'), 'Only {{phone}} and {{outOfHours}} can be filled in');

/** content/thresholds/<locale>.yaml: every word of the guidance in one language. */
export const textSchema = z.strictObject({
  agreedBy: words,
  changes: z.record(z.string(), words),
  domains: z.record(id, words),
  concerns: z.record(id, words),
  ages: z.record(id, words),
  levels: z.record(
    id,
    z.strictObject({
      title: words,
      summary: words,
      description: z.array(words).min(1),
      whatToDo: z.array(words).min(1),
      contact: contactWords,
      consult: words,
    }),
  ),
  indicators: z.record(id, words),
});
export type ThresholdText = z.infer<typeof textSchema>;
