import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { SiteConfig } from '../site/config-schema.ts';
import { onlyOffered } from '../site/offered.ts';
import { parseOrThrow } from '../site/validate.ts';
import { alertSchemaFor, type Alert } from './schema.ts';

export type AlertFile = Alert & { id: string };

/** Reads and checks every <dir>/*.yaml for a site with these languages; throws naming a bad file and field. */
export function readAlerts(dir: string, locales: SiteConfig['locales']): AlertFile[] {
  if (!existsSync(dir)) return [];
  const schema = alertSchemaFor(locales);
  const codes = locales.map((l) => l.code);
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const label = `content/alerts/${name}`;
      let raw: unknown;
      try {
        raw = parse(readFileSync(`${dir}${name}`, 'utf8'));
      } catch (error) {
        throw new Error(`${label} could not be read as YAML: ${(error as Error).message}`);
      }
      // Translations into languages the site does not offer are left out (named once in the build log).
      const alert = raw as { translations?: unknown } | null;
      if (alert?.translations && typeof alert.translations === 'object') alert.translations = onlyOffered(alert.translations as Record<string, unknown>, codes);
      return { id: name.replace(/\.ya?ml$/, ''), ...parseOrThrow(schema, raw, label) };
    });
}
