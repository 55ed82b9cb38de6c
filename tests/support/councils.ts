import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/**
 * Fixture councils made from the demo content the way a council would make its own: by
 * editing content/site.yaml (and adding a words file for a new language).
 */

/** Another council: its own name, numbers and colour, live (demo: false), in English, Polish and Arabic. */
export function threeLanguageCouncil(content: string) {
  const file = join(content, 'site.yaml');
  const site = parse(readFileSync(file, 'utf8'));
  site.demo = false;
  site.council = { name: 'Eastvale Borough Council', website: 'https://www.eastvale.example/' };
  site.service = { name: 'Eastvale Family Help Point', url: 'https://familyhelp.eastvale.example/', shortName: 'Family Help Point' };
  site.contact.phone = '0114 496 0456';
  site.brand.colour = '#5a2d82';
  site.locales = site.locales.filter((l: { code: string }) => ['en', 'pl', 'ar'].includes(l.code));
  writeFileSync(file, stringify(site));
}

/**
 * Adds Somali to a council: the site.yaml entry and a words file. With `content: true` also
 * the rest a language needs (guides, pages, thresholds, questions, category names), here
 * copied from English as a translator's starting point would be.
 */
export function addSomali(content: string, options: { content: boolean }) {
  const file = join(content, 'site.yaml');
  const site = parse(readFileSync(file, 'utf8'));
  site.locales.push({ code: 'so', name: 'Soomaali', dir: 'ltr' });
  writeFileSync(file, stringify(site));
  const words = JSON.parse(readFileSync(join(content, 'i18n/en.json'), 'utf8'));
  words.exit.button = 'Ka bax boggan';
  writeFileSync(join(content, 'i18n/so.json'), JSON.stringify(words, null, 2));
  if (!options.content) return;
  cpSync(join(content, 'thresholds/en.yaml'), join(content, 'thresholds/so.yaml'));
  cpSync(join(content, 'questionnaire/en.yaml'), join(content, 'questionnaire/so.yaml'));
  cpSync(join(content, 'guides/en'), join(content, 'guides/so'), { recursive: true });
  cpSync(join(content, 'pages/en'), join(content, 'pages/so'), { recursive: true });
  const categoriesFile = join(content, 'directory/categories.yaml');
  const categories = parse(readFileSync(categoriesFile, 'utf8'));
  for (const c of categories.categories) {
    c.name.so = c.name.en;
    c.words.so = c.words.en;
  }
  writeFileSync(categoriesFile, stringify(categories));
}
