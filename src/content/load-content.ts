/**
 * All of a council's content, read and checked once: `loadContent(dir)` with the folder to
 * read. Nothing here reads an environment variable or keeps anything between calls; each part
 * is read by its own pure reader, checks across files are pure functions over what was read
 * (./cross-checks.ts), and every problem is reported together, so a council fixing its content
 * sees the whole list at once, not one problem per build. The build calls it once, in
 * astro.config.mjs, and pages get the result from `virtual:fhp/content` (./integration.ts).
 * (Updates, guides and pages are Markdown content collections that Astro reads and checks with
 * their zod schemas; feeds are fetched by the directory's content loader.)
 */
import { join } from 'node:path';
import { questionServiceProblems } from './cross-checks.ts';
import { readAlerts, type AlertFile } from '../alerts/read-alerts.ts';
import { missingForLanguages } from '../build/language-content.ts';
import { readDirectory, type Directory } from '../directory/read-directory.ts';
import { readPostcodeTable } from '../directory/postcode-table.ts';
import type { PostcodeTable } from '../directory/postcodes.ts';
import { readMessages, readReviews } from '../i18n/read-messages.ts';
import type { Messages, Review } from '../i18n/schema.ts';
import type { SiteConfig } from '../site/config-schema.ts';
import { readSiteConfig } from '../site/read-config.ts';
import { readStaffWords, staffWordsProblems, type Words as StaffText } from '../staff/words.ts';
import { readThresholds, type Thresholds } from '../thresholds/read-thresholds.ts';
import type { Flow, FlowText } from '../worried/flow-schema.ts';
import { readFlow } from '../worried/read-flow.ts';

export interface Content {
  site: SiteConfig;
  words: Record<string, Messages>;
  reviews: Record<string, Review>;
  questions: { flow: Flow; text: Record<string, FlowText> };
  thresholds: Thresholds;
  directory: Directory;
  /** content/directory/postcodes.yaml, when the council has one ("Near me" is offered only then). */
  postcodes: PostcodeTable | undefined;
  alerts: AlertFile[];
  /** The staff pages' words (content/staff/en.yaml: staff work in English). */
  staff: StaffText;
}

/** Every problem found in a content folder, each naming its file (and field where there is one). */
export class ContentProblems extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The content has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n\n${problems.join('\n\n')}`);
    this.problems = problems;
    this.name = 'ContentProblems';
  }
}

export function loadContent(dir: string): Content {
  const folder = (name: string) => `${join(dir, name)}/`;
  // Without a readable site.yaml there are no languages to check the rest against.
  let site: SiteConfig;
  try {
    site = readSiteConfig(join(dir, 'site.yaml'));
  } catch (error) {
    throw new ContentProblems([(error as Error).message]);
  }
  const codes = site.locales.map((l) => l.code);
  // A language just added to site.yaml: first the whole list of files it still needs.
  const missing = missingForLanguages(dir, codes);
  if (missing.length) throw new ContentProblems([`Languages in content/site.yaml need content that is not there yet:\n  - ${missing.join('\n  - ')}`]);
  const problems: string[] = [];
  const part = <T>(read: () => T): T => {
    try {
      return read();
    } catch (error) {
      problems.push((error as Error).message);
      return undefined as T;
    }
  };
  const content: Content = {
    site,
    words: part(() => readMessages(folder('i18n'), codes)),
    reviews: part(() => readReviews(join(dir, 'i18n', 'reviews.yaml'), codes)),
    questions: part(() => readFlow(folder('questionnaire'), codes)),
    thresholds: part(() => readThresholds(folder('thresholds'), codes)),
    directory: part(() => readDirectory(`${dir.replace(/\/$/, '')}/`, codes)),
    postcodes: part(() => readPostcodeTable(`${dir.replace(/\/$/, '')}/`)),
    alerts: part(() => readAlerts(folder('alerts'), site.locales)),
    staff: part(() => readStaffWords(join(dir, 'staff', 'en.yaml'))),
  };
  // Across files, once each part could be read.
  if (content.questions && content.directory) problems.push(...questionServiceProblems(content.questions.flow, content.directory.categories));
  if (content.questions && content.staff) problems.push(...staffWordsProblems(content.staff, content.questions.flow));
  if (problems.length) throw new ContentProblems(problems);
  return content;
}
