import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { siteConfigSchema, type SiteConfig } from './config-schema.ts';
import { parseOrThrow } from './validate.ts';

/** Reads and checks a site config file; throws with the file and the bad fields. */
export function readSiteConfig(file: string): SiteConfig {
  const label = file.slice(file.lastIndexOf('content/'));
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${label} could not be read as YAML: ${(error as Error).message}`);
  }
  return parseOrThrow(siteConfigSchema, raw, label);
}
