import { contentDir, site } from '../site/config.ts';
import { alertSchemaFor } from './schema.ts';
import { readAlerts, type AlertFile } from './read-alerts.ts';

export type { AlertFile };

/** The alert schema for this build's site (the editor's fields are made from it). */
export const alertSchema = alertSchemaFor(site.locales);

/** This build's alerts (content/alerts/*.yaml); the build stops naming a bad file and field. */
export function loadAlerts(dir = `${contentDir}alerts/`): AlertFile[] {
  return readAlerts(dir, site.locales);
}

let forThisBuild: AlertFile[] | undefined;
/** The alerts, read once per build: every page shows them, and re-reading them for each page was a tenth of a large build. */
export const alertsForThisBuild = () => (forThisBuild ??= loadAlerts());
