import { resolve } from 'node:path';
import type { SiteConfig } from './config-schema.ts';
import { readSiteConfig } from './read-config.ts';

/**
 * The content/ folder. Builds and tests run from the project root; FHP_CONTENT_DIR points
 * elsewhere (a test fixture, another council's content).
 */
export const contentDir = `${resolve(process.env.FHP_CONTENT_DIR ?? 'content')}/`;

/** Reads and checks a site config file (this build's, unless another is named). */
export function loadSiteConfig(file = `${contentDir}site.yaml`): SiteConfig {
  return readSiteConfig(file);
}

/** The site config, read once per build. */
export const site: SiteConfig = loadSiteConfig();
