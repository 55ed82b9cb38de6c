/**
 * The service pages a build offers: they are not files in dist/ (the Worker puts each together
 * from its language's shell and parts file: src/directory/service-pages.ts), so the sitemap,
 * the build's closing count and the tests read their addresses from the parts files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { idsIn, partsFolder, shellFolder } from '../directory/service-pages.ts';

/** Where the shells and parts files are: not pages of their own. */
export const notPages = new Set([partsFolder, shellFolder]);

/** "/pl/services/<id>/" for every service in every language the build wrote parts for. */
export function servicePageAddresses(dist: string): string[] {
  const languages = ['', ...readdirSync(dist, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)];
  return languages.flatMap((language) => {
    const folder = join(dist, language, 'services', partsFolder);
    if (!existsSync(folder)) return [];
    return readdirSync(folder).flatMap((part) =>
      idsIn(readFileSync(join(folder, part, 'index.html'), 'utf8')).map((id) => `${language ? `/${language}` : ''}/services/${id}/`),
    );
  }).sort();
}
