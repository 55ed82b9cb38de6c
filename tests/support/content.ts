/**
 * The project's own content (content/), read explicitly for tests and test tools with the
 * build's own readers (src/content/load-content.ts and the readers it uses). Nothing here reads
 * an environment variable: tests that need other content make a fixture folder and read it.
 * Each helper reads afresh, as a test may change what it is given.
 */
import { join } from 'node:path';
import { readAlerts, type AlertFile } from '../../src/alerts/read-alerts.ts';
import { alertSchemaFor } from '../../src/alerts/schema.ts';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { readDirectory, readReferenceData, type Directory } from '../../src/directory/read-directory.ts';
import { readPostcodeTable } from '../../src/directory/postcode-table.ts';
import type { PostcodeTable } from '../../src/directory/postcodes.ts';
import type { SiteConfig } from '../../src/site/config-schema.ts';
import { readSiteConfig } from '../../src/site/read-config.ts';
import { readThresholds, type Thresholds } from '../../src/thresholds/read-thresholds.ts';
import { readFlow } from '../../src/worried/read-flow.ts';

/** The folder the tests read: the project's content/ (ending in /, as the readers expect). */
export const projectContentDir = 'content/';

/** The whole of content/, read and checked as the build does. */
export const projectContent = (): Content => loadContent(projectContentDir);

/** content/site.yaml, checked. */
export const site: SiteConfig = readSiteConfig(join(projectContentDir, 'site.yaml'));
const codes = site.locales.map((l) => l.code);

/** content/questionnaire/: the questions and their words in every language. */
export const loadFlow = (): Content['questions'] => readFlow(`${projectContentDir}questionnaire/`, codes);

/** content/thresholds/ (or another thresholds folder), checked in every language. */
export const loadThresholds = (dir = `${projectContentDir}thresholds/`): Thresholds => readThresholds(dir, codes);

/** content/'s own directory (services, organisations, places and categories; no feeds). */
export const loadDirectory = (): Directory => readDirectory(projectContentDir, codes);

/** What services refer to in content/directory/: categories, organisations and places. */
export const loadReferenceData = () => readReferenceData(projectContentDir, codes);

/** content/directory/postcodes.yaml, when there is one. */
export const loadPostcodeTable = (): PostcodeTable | undefined => readPostcodeTable(projectContentDir);

/** A site config file, checked (content/site.yaml unless another is named). */
export const loadSiteConfig = (file = join(projectContentDir, 'site.yaml')): SiteConfig => readSiteConfig(file);

/** The alert schema for this site's languages (the editor's fields are made from it). */
export const alertSchema = alertSchemaFor(site.locales);

/** content/alerts/, checked. */
export const loadAlerts = (): AlertFile[] => readAlerts(`${projectContentDir}alerts/`, site.locales);
