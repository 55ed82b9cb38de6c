import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Looks like a language code (the form content/site.yaml accepts for `locales`). */
const languageCode = /^[a-z]{2,3}$/;

/**
 * Content written in a language the site does not offer, by language code: the files and
 * translation keys the build leaves out. The council chooses its languages in
 * content/site.yaml; the kit ships content in more, and keeping it costs nothing.
 */
export function contentInOtherLanguages(contentDir: string, offered: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const note = (code: string, what: string) => {
    if (offered.includes(code) || !languageCode.test(code)) return;
    found.set(code, [...(found.get(code) ?? []), what]);
  };
  const list = (folder: string) => (existsSync(join(contentDir, folder)) ? readdirSync(join(contentDir, folder), { withFileTypes: true }) : []);
  // Folders per language: content/<folder>/<code>/
  for (const folder of ['guides', 'pages', 'updates']) {
    for (const entry of list(folder)) if (entry.isDirectory()) note(entry.name, `content/${folder}/${entry.name}/`);
  }
  // Files per language: content/<folder>/<code>.<ext>
  for (const [folder, extension] of [['i18n', '.json'], ['thresholds', '.yaml'], ['questionnaire', '.yaml']] as const) {
    for (const entry of list(folder)) {
      if (entry.isFile() && entry.name.endsWith(extension)) note(entry.name.slice(0, -extension.length), `content/${folder}/${entry.name}`);
    }
  }
  // Translations inside files: alerts, the translation reviews and the directory's category names.
  const readYaml = (file: string): unknown => {
    try {
      return parse(readFileSync(join(contentDir, file), 'utf8'));
    } catch {
      return undefined; // The loader that owns the file reports a broken one.
    }
  };
  const keysOf = (value: unknown) => (value && typeof value === 'object' ? Object.keys(value) : []);
  for (const entry of list('alerts')) {
    if (!/\.ya?ml$/.test(entry.name)) continue;
    const alert = readYaml(`alerts/${entry.name}`) as { translations?: unknown } | undefined;
    for (const code of keysOf(alert?.translations)) note(code, `content/alerts/${entry.name} (translation)`);
  }
  for (const code of keysOf(readYaml('i18n/reviews.yaml'))) note(code, 'content/i18n/reviews.yaml (entry)');
  const categories = (readYaml('directory/categories.yaml') as { categories?: { name?: unknown }[] } | undefined)?.categories;
  const categoryCodes = new Set((Array.isArray(categories) ? categories : []).flatMap((c) => keysOf(c?.name)));
  for (const code of categoryCodes) note(code, 'content/directory/categories.yaml (names)');
  return found;
}

/** The one build-log note about left-out languages, or nothing when there is none. */
export function leftOutNote(found: Map<string, string[]>): string | undefined {
  if (!found.size) return undefined;
  const codes = [...found.keys()].sort();
  const count = [...found.values()].reduce((n, items) => n + items.length, 0);
  return (
    `Left out ${count} content item${count === 1 ? '' : 's'} in ${codes.join(', ')}: ${codes.length === 1 ? 'that language is' : 'those languages are'} not in ` +
    `content/site.yaml locales. Add a language there to publish it. (${codes.map((c) => `${c}: ${found.get(c)!.join(', ')}`).join('; ')})`
  );
}

/**
 * What each offered language still needs before the site can be built in it, all at once:
 * a council adding a language sees the whole list, not one file per build.
 */
export function missingForLanguages(contentDir: string, offered: readonly string[]): string[] {
  const missing: string[] = [];
  const has = (file: string) => existsSync(join(contentDir, file));
  const englishFiles = (folder: string) =>
    has(`${folder}/en`) ? readdirSync(join(contentDir, folder, 'en')).filter((name) => name.endsWith('.md')).sort() : [];
  const categories = (() => {
    try {
      const parsed = parse(readFileSync(join(contentDir, 'directory/categories.yaml'), 'utf8')) as { categories?: { id?: string; name?: Record<string, unknown> }[] };
      return Array.isArray(parsed?.categories) ? parsed.categories : [];
    } catch {
      return []; // The directory loader reports a broken file.
    }
  })();
  for (const code of offered.filter((c) => c !== 'en')) {
    for (const file of [`i18n/${code}.json`, `thresholds/${code}.yaml`, `questionnaire/${code}.yaml`]) {
      if (!has(file)) missing.push(`content/${file}: missing (copy the English file and translate it)`);
    }
    for (const folder of ['guides', 'pages']) {
      for (const name of englishFiles(folder)) if (!has(`${folder}/${code}/${name}`)) missing.push(`content/${folder}/${code}/${name}: missing`);
    }
    const unnamed = categories.filter((c) => !c?.name?.[code]).map((c) => c?.id ?? '?');
    if (unnamed.length) missing.push(`content/directory/categories.yaml: no ${code} name for ${unnamed.join(', ')}`);
  }
  return missing;
}

/**
 * Astro integration: as the build starts, writes the one note about content in languages the
 * site does not offer. (What an offered language lacks stops the build before this, in
 * loadContent.)
 */
export function languageContent(contentDir: string, offered: readonly string[]) {
  return {
    name: 'fhp:languages',
    hooks: {
      'astro:build:start': ({ logger }: { logger: { info: (message: string) => void } }) => {
        const note = leftOutNote(contentInOtherLanguages(contentDir, offered));
        if (note) logger.info(note);
      },
    },
  };
}
