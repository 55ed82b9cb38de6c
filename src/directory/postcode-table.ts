import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseOrThrow } from '../site/validate.ts';
import type { PostcodeTable } from './postcodes.ts';

/** content/directory/postcodes.yaml, checked at build time: the postcode sectors of the council's area. */

const file = 'directory/postcodes.yaml';
const sector = z.string().regex(/^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$/, 'Use a postcode sector in capitals, like "NB1 2"');
const point = z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)], 'Use [latitude, longitude], like [53.7962, -1.5471]');
export const postcodeTableSchema = z.strictObject({ sectors: z.record(sector, point).refine((s) => Object.keys(s).length > 0, 'List at least one sector') });

/** The table in a content folder, or undefined when the council has none (then "Near me" is not offered). */
export function readPostcodeTable(contentDir: string): PostcodeTable | undefined {
  if (!existsSync(`${contentDir}${file}`)) return undefined;
  return parseOrThrow(postcodeTableSchema, parse(readFileSync(`${contentDir}${file}`, 'utf8')), `content/${file}`);
}

/** Where the browser fetches the table from, only when someone sorts by distance. */
export const postcodeTablePath = '/services/postcodes.json';
