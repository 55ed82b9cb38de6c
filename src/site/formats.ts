import { z } from 'zod';

/**
 * Date formats shared by the content schemas and the editor (the editor writes exactly
 * these, so a file saved by the editor always passes the build).
 */

/** A day, like 2026-11-22. The update goes live at the start of that day (UTC). */
export const day = z.iso.date('Use a date like 2026-11-22');

/** A moment with its time zone, like 2026-11-22T15:00:00+00:00 (London time in winter). */
export const moment = z.iso.datetime({ offset: true, message: 'Use a date and time with its time zone, like 2026-11-22T15:00:00+00:00' });

/** The editor's storage formats (Day.js tokens) for the two kinds of date above, and a time of day (09:30). */
export const editorFormats = { day: 'YYYY-MM-DD', moment: 'YYYY-MM-DDTHH:mm:ssZ', time: 'HH:mm' } as const;

/**
 * Markdown front matter is read by Astro with js-yaml, which turns an unquoted 2026-11-22
 * into a Date. Turn such Dates back into the text the schemas check.
 */
export function datesToText(value: unknown): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'not a date';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
  if (Array.isArray(value)) return value.map(datesToText);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesToText(v)]));
  return value;
}
