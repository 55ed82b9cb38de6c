import { z } from 'zod';
import { importedServiceSchema, locationSchema, organisationSchema, type Category, type Location, type Organisation, type Service } from './schema.ts';
import { taxonomyName } from './oruk-export.ts';

/**
 * Turns one ORUK 3.0 service record (as GET /services/{id} gives it) into our model.
 * Pure. Returns the problems (field: message) instead of throwing, so the loader can skip
 * one bad record and keep the rest.
 */

export interface Imported { service: Service; organisation?: Organisation; locations: Location[]; notes: string[] }
export type ImportResult = { ok: true; value: Imported } | { ok: false; problems: string[] };

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const record = z.looseObject({ id: z.string(), name: z.unknown(), status: z.unknown() });
type Raw = Record<string, unknown>;
const list = (v: unknown): Raw[] => (Array.isArray(v) ? v.filter((x): x is Raw => typeof x === 'object' && x !== null) : []);

/** Our categories named by attributes in our own taxonomy (by slug, uuid or English name). */
function categoriesOf(raw: Raw, categories: Category[], problems: string[]): string[] {
  const found: string[] = [];
  list(raw.attributes).forEach((a, i) => {
    const term = (a.taxonomy_term ?? {}) as Raw;
    const match = categories.find((c) => c.uuid === (term.id ?? a.taxonomy_term_id) || (term.term !== undefined && c.id === term.term) || c.name.en === term.name);
    if (match) found.push(match.id);
    else if (term.taxonomy === taxonomyName) problems.push(`attributes.${i}.taxonomy_term: "${String(term.term ?? term.name)}" is not one of our categories`);
    // Terms from other taxonomies (service types, needs codes) are fine to leave out.
  });
  return [...new Set(found)];
}

function locationOf(raw: Raw, notes: string[]): Location | undefined {
  const address = list(raw.addresses)[0] ?? {};
  const inRange = (v: unknown, max: number) => (typeof v === 'number' && Math.abs(v) <= max ? v : undefined);
  const [latitude, longitude] = [inRange(raw.latitude, 90), inRange(raw.longitude, 180)];
  if ((raw.latitude !== undefined || raw.longitude !== undefined) && (latitude === undefined || longitude === undefined)) notes.push(`location ${String(raw.id)}: latitude/longitude out of range, left off the map`);
  const parsed = locationSchema.safeParse({
    id: raw.id, location_type: raw.location_type ?? 'physical', name: text(raw.name), description: text(raw.description),
    ...(latitude !== undefined && longitude !== undefined ? { latitude, longitude } : {}),
    address_1: text(address.address_1), city: text(address.city), state_province: text(address.state_province) ?? text(address.region) ?? '-',
    postal_code: text(address.postal_code), accessibility: text(list(raw.accessibility)[0]?.description),
  });
  if (!parsed.success) notes.push(`location ${String(raw.id)}: no usable name and address, left out`);
  return parsed.success ? parsed.data : undefined;
}

export function fromOruk(input: unknown, categories: Category[]): ImportResult {
  const base = record.safeParse(input);
  if (!base.success) return { ok: false, problems: ['id: every record needs an id'] };
  const raw = base.data as Raw;
  const problems: string[] = [];
  const notes: string[] = [];
  const o = (raw.organization ?? undefined) as Raw | undefined;
  const org = o ? organisationSchema.safeParse({ id: o.id, name: o.name, description: text(o.description) ?? String(o.name), email: text(o.email), website: text(o.website) }) : undefined;
  if (org && !org.success) problems.push(...org.error.issues.map((i) => `organization.${i.path.join('.')}: ${i.message}`));
  const locations = list(raw.service_at_locations).flatMap((sal) => (sal.location ? [locationOf(sal.location as Raw, notes)] : [])).filter((l): l is Location => !!l);
  const phones = [...list(raw.phones), ...list(raw.contacts).flatMap((c) => list(c.phones))].map((p) => ({ number: String(p.number ?? '') }));
  const delivery = [...(locations.length ? ['in-person'] : []), ...(phones.length ? ['phone'] : []), ...(text(raw.url) ? ['online'] : [])];
  const languages = list(raw.languages).filter((l) => text(l.name) && text(l.code)).map((l) => ({ name: l.name, code: l.code, ...(text(l.note) ? { note: l.note } : {}) }));
  const candidate = {
    id: raw.id, name: text(raw.name), description: text(raw.description), status: raw.status,
    ...(text(raw.url) ? { url: raw.url } : {}), ...(text(raw.email) ? { email: raw.email } : {}),
    organization_id: raw.organization_id ?? (raw.organization as Raw | undefined)?.id,
    ...(raw.minimum_age !== undefined && raw.minimum_age !== null ? { minimum_age: raw.minimum_age } : {}),
    ...(raw.maximum_age !== undefined && raw.maximum_age !== null ? { maximum_age: raw.maximum_age } : {}),
    assured_date: text(raw.assured_date) ?? text(raw.last_modified)?.slice(0, 10),
    categories: categoriesOf(raw, categories, problems), delivery, referral: [],
    service_areas: list(raw.service_areas).filter((a) => text(a.name)).map((a) => ({ name: text(a.name) })),
    service_at_locations: locations.map((l) => ({ location_id: l.id })),
    schedules: list(raw.schedules).filter((s) => text(s.byday) && text(s.opens_at) && text(s.closes_at)).map((s) => ({ freq: s.freq === 'MONTHLY' ? 'MONTHLY' : 'WEEKLY', byday: s.byday, opens_at: s.opens_at, closes_at: s.closes_at, ...(text(s.description) ? { description: s.description } : {}) })),
    languages,
    cost_options: list(raw.cost_options).map((c) => ({ option: text(c.option) ?? 'Cost', amount: typeof c.amount === 'number' ? c.amount : 0, ...(text(c.amount_description) ? { amount_description: c.amount_description } : {}) })),
    phones,
  };
  const parsed = importedServiceSchema.safeParse(candidate);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`));
  if (problems.length || !parsed.success) return { ok: false, problems };
  return { ok: true, value: { service: parsed.data, ...(org?.success ? { organisation: org.data } : {}), locations, notes } };
}
