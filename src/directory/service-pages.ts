/**
 * Service pages without a file per service per language. A council's directory can hold
 * thousands of services, and six languages made twelve files of each (a page and its search
 * fragment): 5,128 services needed 66,520 files, Cloudflare's Paid plan and a 90-second build.
 * So the build writes, per language, one page "shell" (the whole page with markers where the
 * service goes) and the services' main parts grouped into at most 256 "parts" files; the
 * Worker puts a shell and a service's part together when someone asks for /<lang>/services/<id>/.
 * Pure: used by the build, the Worker and the tests (nothing from node: or content/).
 */
import { localePath } from '../i18n/locale-path.ts';
import { escapeMarkup } from '../site/escape-markup.ts';

/** Every service id, as the importer keeps it: UUID-shaped, lower case. */
export const serviceIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Stands in the shell for the service's id, name and summary; nothing else on a page says these. */
export const marker = { id: 'fhp-service-id', title: 'fhp-service-title', description: 'fhp-service-description' } as const;
export const mainStart = '<!--fhp:service-->';
export const mainEnd = '<!--/fhp:service-->';

/** The shell of a language's service pages, and the folder of its parts (served to the Worker only). */
export const shellFolder = 'page-shell';
export const partsFolder = 'parts';
export const shellPath = (locale: string) => localePath(locale, `/services/${shellFolder}/`);
export const partsPath = (locale: string, part: string) => localePath(locale, `/services/${partsFolder}/${part}/`);

/** A service page's address as its language and id ("/pl/services/<id>/"), or undefined for any other. */
export function serviceAddress(path: string): { locale: string; id: string } | undefined {
  const found = /^\/(?:([a-z]{2,3})\/)?services\/([^/]+)\/$/.exec(path);
  return found && found[1] !== 'en' && serviceIdPattern.test(found[2]!) ? { locale: found[1] ?? 'en', id: found[2]! } : undefined;
}

/** Which of the 256 parts files holds a service: two hex digits from a hash of its id (FNV-1a). */
export function partOf(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return ((hash >>> 0) & 0xff).toString(16).padStart(2, '0');
}

/** What a service page needs from its parts file. */
export interface ServicePart {
  title: string;
  description: string;
  main: string;
}

/** How one service is written into its parts file. */
export const partOpening = (id: string, part: Omit<ServicePart, 'main'>) =>
  `<template data-service="${id}" data-title="${escapeMarkup(part.title)}" data-description="${escapeMarkup(part.description)}">`;
const partClosing = '</template>';

/** A service's part from its parts file, or undefined when the file does not hold it. */
export function findPart(partsHtml: string, id: string): ServicePart | undefined {
  const start = partsHtml.indexOf(`<template data-service="${id}" `);
  if (start === -1) return undefined;
  const open = /^<template data-service="[^"]*" data-title="([^"]*)" data-description="([^"]*)">/.exec(partsHtml.slice(start));
  if (!open) return undefined;
  const from = start + open[0].length;
  const end = partsHtml.indexOf(partClosing, from);
  if (end === -1) return undefined;
  // The attribute values are already escaped for HTML, as <title> and <meta content> need them.
  return { title: open[1]!, description: open[2]!, main: partsHtml.slice(from, end) };
}

/** The ids a parts file holds (for the sitemap and the tests). */
export function idsIn(partsHtml: string): string[] {
  return [...partsHtml.matchAll(/<template data-service="([^"]+)"/g)].map((m) => m[1]!);
}

/** The whole page: the shell with the service's id, name, summary and main part put in. */
export function servicePage(shellHtml: string, id: string, part: ServicePart): string {
  const start = shellHtml.indexOf(mainStart);
  const end = shellHtml.indexOf(mainEnd);
  if (start === -1 || end === -1) throw new Error('the service page shell has no markers');
  // One pass over the shell only, with the values as they are: the part is put in after, so
  // nothing it says is taken for a marker, and a "$&" in a name is not a replacement pattern.
  const values: Record<string, string> = { [marker.id]: id, [marker.title]: part.title, [marker.description]: part.description };
  const fill = (html: string) => html.replace(markers, (found) => values[found]!);
  return fill(shellHtml.slice(0, start)) + part.main + fill(shellHtml.slice(end + mainEnd.length));
}
const markers = new RegExp(Object.values(marker).join('|'), 'g');
