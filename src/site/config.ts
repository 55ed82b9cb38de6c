import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { siteConfigSchema, type SiteConfig } from './config-schema.ts';
import { parseOrThrow } from './validate.ts';

/**
 * The content/ folder. Builds and tests run from the project root; FHP_CONTENT_DIR points
 * elsewhere (a test fixture, another council's content).
 */
export const contentDir = `${resolve(process.env.FHP_CONTENT_DIR ?? 'content')}/`;

/** Reads and checks a site config file; throws with the file and the bad fields. */
export function loadSiteConfig(file = `${contentDir}site.yaml`): SiteConfig {
  const label = file.slice(file.lastIndexOf('content/'));
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${label} could not be read as YAML: ${(error as Error).message}`);
  }
  return parseOrThrow(siteConfigSchema, raw, label);
}

/** The site config, read once per build. */
export const site: SiteConfig = loadSiteConfig();
