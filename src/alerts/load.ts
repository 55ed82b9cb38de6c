import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { contentDir } from '../site/config.ts';
import { parseOrThrow } from '../site/validate.ts';
import { alertSchema, type Alert } from './schema.ts';
import { onlyOffered } from '../site/languages.ts';

export type AlertFile = Alert & { id: string };

/** Reads and checks every content/alerts/*.yaml; the build stops naming a bad file and field. */
export function loadAlerts(dir = `${contentDir}alerts/`): AlertFile[] {
  if (!existsSync(dir)) return [];
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
      if (alert?.translations && typeof alert.translations === 'object') alert.translations = onlyOffered(alert.translations as Record<string, unknown>);
      return { id: name.replace(/\.ya?ml$/, ''), ...parseOrThrow(alertSchema, raw, label) };
    });
}

let forThisBuild: AlertFile[] | undefined;
/** The alerts, read once per build: every page shows them, and re-reading them for each page was a tenth of a large build. */
export const alertsForThisBuild = () => (forThisBuild ??= loadAlerts());
