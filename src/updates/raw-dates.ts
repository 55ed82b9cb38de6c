import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { describeIssues } from '../site/validate.ts';
import { day } from '../site/formats.ts';

/**
 * Astro reads front matter with js-yaml, which quietly turns an impossible date such as
 * 2026-02-30 into 2 March. Reading the same front matter as plain YAML 1.2 keeps the text
 * as written, so a wrong date stops the build with the file and the field.
 */
const rawDates = z.object({ published: day, expires: day.optional() });

export function checkWrittenDates(file: string): void {
  const text = readFileSync(file, 'utf8');
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const data = parse(front, { version: '1.2' }) as Record<string, unknown>;
  const asText = Object.fromEntries(['published', 'expires'].filter((k) => data[k] !== undefined && data[k] !== null).map((k) => [k, String(data[k])]));
  const result = rawDates.safeParse(asText);
  if (!result.success) throw new Error(describeIssues(file.slice(file.lastIndexOf('content/')), result.error));
}
