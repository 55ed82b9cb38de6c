/**
 * UK postcodes for "Near me": reading what someone typed and finding it in the council's
 * table of postcode sectors (content/directory/postcodes.yaml). Pure: used at build time,
 * in tests and in the browser (no request leaves the page).
 */

/** [latitude, longitude] in degrees. */
export type Point = [number, number];

/** The table the browser loads: every sector ("NB1 2") with its middle. */
export interface PostcodeTable { sectors: Record<string, Point> }

/** What a reader typed, understood: a whole postcode, a sector ("NB1 2") or a district ("NB1"). */
export interface ParsedPostcode { district: string; sector?: string }

const outward = '[A-Z]{1,2}[0-9][A-Z0-9]?';
const fullPostcode = new RegExp(`^(${outward}) ?([0-9])[A-Z]{2}$`);
const sectorOnly = new RegExp(`^(${outward}) ([0-9])$`);
const districtOnly = new RegExp(`^(${outward})$`);

/** Understands "nb1 2ab", "NB12AB", "NB1 2" and "NB1"; undefined for anything else. */
export function parsePostcode(typed: string): ParsedPostcode | undefined {
  const text = typed.trim().toUpperCase().replace(/\s+/g, ' ');
  const full = fullPostcode.exec(text) ?? sectorOnly.exec(text);
  if (full) return { district: full[1]!, sector: `${full[1]} ${full[2]}` };
  const district = districtOnly.exec(text);
  return district ? { district: district[1]! } : undefined;
}

/** The middle of a district: the average of its sectors' middles. */
function districtMiddle(table: PostcodeTable, district: string): Point | undefined {
  const points = Object.entries(table.sectors).filter(([key]) => key.split(' ')[0] === district).map(([, p]) => p);
  if (!points.length) return undefined;
  return [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length];
}

export type PostcodeLookup = { ok: true; point: Point } | { ok: false; problem: 'malformed' | 'unknown' };

/** Where a typed postcode is, or why it cannot be used: not a postcode, or not in the council's area. */
export function findPostcode(table: PostcodeTable, typed: string): PostcodeLookup {
  const parsed = parsePostcode(typed);
  if (!parsed) return { ok: false, problem: 'malformed' };
  const point = (parsed.sector && table.sectors[parsed.sector]) || districtMiddle(table, parsed.district);
  return point ? { ok: true, point } : { ok: false, problem: 'unknown' };
}
