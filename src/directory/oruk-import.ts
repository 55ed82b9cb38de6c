import { z } from 'zod';
import {
  costOptionSchema, importedOrganisationSchema, importedServiceSchema, languageSchema, locationSchema, scheduleSchema,
  type Category, type Location, type Organisation, type Service,
} from './schema.ts';
import { looksLikeHtml, plainText, safeHtml } from './safe-html.ts';
import { stableUuid } from './stable-uuid.ts';

/**
 * Turns one ORUK 3.0 service record (as GET /services/{id} gives it) into our model.
 * Pure. Real feeds are untidy, so what can be mended is mended and named in `adjustments`
 * (short reasons the build log counts); a record is refused only when it cannot be shown:
 * no id, no name, no way to get in touch, or a status that does not say whether it runs.
 */

export interface Imported { service: Service; organisation?: Organisation; locations: Location[]; adjustments: string[] }
export type ImportResult = { ok: true; value: Imported } | { ok: false; problems: string[] };

type Raw = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);
const list = (v: unknown): Raw[] => (Array.isArray(v) ? v.filter((x): x is Raw => typeof x === 'object' && x !== null) : []);
const words = (v: unknown) => {
  const given = text(v);
  return given && looksLikeHtml(given) ? plainText(safeHtml(given)) || undefined : given;
};

/** The reasons counted in the build log, so every record mended the same way is one line. */
export const adjusted = {
  idNotRfc: 'id shaped like a UUID but not RFC 4122: kept as it is',
  idMade: 'id not shaped like a UUID: a stable one made from it',
  ageNotGiven: 'age of -1 or out of range: read as not given',
  agesSwapped: 'youngest age above oldest age: ages left out',
  phoneLabel: 'phone with a label: the label is shown beside the number',
  phoneDropped: 'phone with no number in it: left out',
  emailPlaceholder: 'placeholder email (…@noemail.invalid and the like): left out',
  emailBad: 'email that is not an address: left out',
  websiteScheme: 'website without http:// or https://: https:// added',
  websiteBad: 'website that is not a web address: left out',
  html: 'HTML description: kept as safe formatted text',
  nameHtml: 'HTML in a name: kept as plain words',
  noDescription: 'no description',
  noPlace: 'no place: shown as by phone, online or the area served',
  placeDropped: 'place with no usable name and address: left out',
  placeOffMap: 'place with an impossible map position: kept, off the map',
  categoryUnknown: "category from this site's taxonomy that it does not have: left out",
  scheduleDropped: 'opening time not understood: left out',
  languageDropped: 'language not understood: left out',
  costDropped: 'cost not understood: left out',
  statusAssumed: 'no status: read as active',
  undated: 'no assured_date or last_modified: the page says we do not know when it was checked',
} as const;

const uuidShaped = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const rfc4122 = z.uuid();

/** Any UUID-shaped id as it is (lower case); any other id becomes a stable UUID made from it. */
export function normaliseId(id: string, adjustments: Set<string>): string {
  if (uuidShaped.test(id)) {
    if (!rfc4122.safeParse(id.toLowerCase()).success) adjustments.add(adjusted.idNotRfc);
    return id.toLowerCase();
  }
  adjustments.add(adjusted.idMade);
  return stableUuid(`oruk-id:${id}`);
}

function age(v: unknown, adjustments: Set<string>): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 120) return n;
  adjustments.add(adjusted.ageNotGiven);
  return undefined;
}

/** Placeholder addresses some systems write when they have none. */
const placeholderEmail = /(@noemail\.|\.invalid$|^(unknown|none|noemail|no-email|n\/?a)[-@.]|@example\.(com|org)$)/i;

function email(v: unknown, adjustments: Set<string>): string | undefined {
  const given = text(v);
  if (!given) return undefined;
  if (placeholderEmail.test(given)) return void adjustments.add(adjusted.emailPlaceholder);
  if (!z.email().safeParse(given).success) return void adjustments.add(adjusted.emailBad);
  return given;
}

function website(v: unknown, adjustments: Set<string>): string | undefined {
  let given = text(v);
  if (!given) return undefined;
  if (/^www\.|^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(given) && !/^[a-z]+:/i.test(given)) {
    given = `https://${given}`;
    adjustments.add(adjusted.websiteScheme);
  }
  const checked = z.url({ protocol: /^https?$/ }).safeParse(given);
  if (!checked.success) return void adjustments.add(adjusted.websiteBad);
  return checked.data;
}

/** "Bristol Youth MAPS: 0117 332 7111" keeps 0117 332 7111 as the number and the rest as its label. */
export function phoneOf(raw: Raw, adjustments: Set<string>): { number: string; description?: string } | undefined {
  const given = text(raw.number);
  if (!given) return undefined;
  const found = /\+?\d[\d\s().-]{4,}\d/.exec(given.replace(/\(0\)/g, ''));
  const number = found?.[0].replace(/[().-]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!found || !number || !/^[0-9 +]{3,20}$/.test(number)) return void adjustments.add(adjusted.phoneDropped);
  const rest = given.replace(/\(0\)/g, '');
  const label = (rest.slice(0, found.index) + rest.slice(found.index + found[0].length)).replace(/^[\s:,–-]+|[\s:,–-]+$/g, '').trim();
  if (label) adjustments.add(adjusted.phoneLabel);
  const description = [label, words(raw.description)].filter(Boolean).join(' – ');
  return { number, ...(description ? { description } : {}) };
}

/** Our categories named by attributes in our own taxonomy (by slug, uuid or English name). */
function categoriesOf(raw: Raw, categories: Category[], taxonomy: string, adjustments: Set<string>): string[] {
  const found: string[] = [];
  for (const a of list(raw.attributes)) {
    const term = (a.taxonomy_term ?? {}) as Raw;
    const termId = String(term.id ?? a.taxonomy_term_id ?? '').toLowerCase();
    const match = categories.find((c) => c.uuid === termId || (term.term !== undefined && c.id === term.term) || c.name.en === term.name);
    if (match) found.push(match.id);
    else if (term.taxonomy === taxonomy) adjustments.add(adjusted.categoryUnknown);
    // Terms from other taxonomies (service types, needs codes) are fine to leave out.
  }
  return [...new Set(found)];
}

function locationOf(raw: Raw, adjustments: Set<string>): Location | undefined {
  const address = list(raw.addresses)[0] ?? {};
  const inRange = (v: unknown, max: number) => (typeof v === 'number' && Math.abs(v) <= max ? v : undefined);
  const [latitude, longitude] = [inRange(raw.latitude, 90), inRange(raw.longitude, 180)];
  if ((raw.latitude !== undefined || raw.longitude !== undefined) && (latitude === undefined || longitude === undefined)) adjustments.add(adjusted.placeOffMap);
  const address1 = words(address.address_1);
  const parsed = locationSchema.safeParse({
    id: text(raw.id) ? normaliseId(text(raw.id)!, new Set()) : undefined,
    location_type: ['physical', 'postal', 'virtual'].includes(raw.location_type as string) ? raw.location_type : 'physical',
    name: words(raw.name) ?? address1, description: words(raw.description),
    ...(latitude !== undefined && longitude !== undefined ? { latitude, longitude } : {}),
    address_1: address1, city: words(address.city), state_province: words(address.state_province) ?? words(address.region) ?? '-',
    postal_code: words(address.postal_code), accessibility: words(list(raw.accessibility)[0]?.description),
  });
  if (!parsed.success) adjustments.add(adjusted.placeDropped);
  return parsed.success ? parsed.data : undefined;
}

/** Keeps the parts of a list that pass their schema; one bad part does not cost the record. */
function valid<T>(items: unknown[], schema: z.ZodType<T>, reason: string, adjustments: Set<string>): T[] {
  return items.flatMap((item) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) adjustments.add(reason);
    return parsed.success ? [parsed.data] : [];
  });
}

/** When the entry was last checked: assured_date, else last_modified, else not known (said in the log and on the page). */
function assuredDate(raw: Raw, adjustments: Set<string>): string | undefined {
  const given = [text(raw.assured_date), text(raw.last_modified)].map((d) => d?.slice(0, 10)).find((d) => d && /^\d{4}-\d\d-\d\d$/.test(d) && !Number.isNaN(Date.parse(d)));
  if (given) return given;
  adjustments.add(adjusted.undated);
  return undefined;
}

const statuses = ['active', 'inactive', 'defunct', 'temporarily closed'];

/** A record of an ORUK feed as one of our services; `taxonomy` is the council's category list's name (content/site.yaml: directory.taxonomy). */
export function fromOruk(input: unknown, categories: Category[], taxonomy: string): ImportResult {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { ok: false, problems: ['not a service record'] };
  const raw = input as Raw;
  const adjustments = new Set<string>();
  const givenId = text(raw.id);
  if (!givenId) return { ok: false, problems: ['no id'] };
  const id = normaliseId(givenId, adjustments);
  const rawName = text(raw.name);
  const name = words(rawName);
  if (!name || name.length < 2) return { ok: false, problems: ['no name'] };
  if (rawName !== name) adjustments.add(adjusted.nameHtml);
  const givenStatus = text(raw.status)?.toLowerCase();
  if (!givenStatus) adjustments.add(adjusted.statusAssumed);
  const status = givenStatus ?? 'active';
  if (!statuses.includes(status)) return { ok: false, problems: [`status "${text(raw.status)}" is not one of ${statuses.join(', ')}`] };

  const rawDescription = text(raw.description);
  let description = rawDescription ?? '';
  let descriptionHtml: string | undefined;
  if (rawDescription && looksLikeHtml(rawDescription)) {
    const safe = safeHtml(rawDescription);
    description = plainText(safe);
    // Only entities like &nbsp; and no formatting: the plain words are enough.
    if (safe.includes('<')) {
      descriptionHtml = safe;
      adjustments.add(adjusted.html);
    }
  }
  if (!description) adjustments.add(adjusted.noDescription);

  const o = raw.organization && typeof raw.organization === 'object' ? (raw.organization as Raw) : undefined;
  const orgId = text(o?.id) ?? text(raw.organization_id);
  if (!orgId) return { ok: false, problems: ['no organisation (organization_id)'] };
  const organizationId = normaliseId(orgId, adjustments);
  let organisation: Organisation | undefined;
  if (o) {
    const org = importedOrganisationSchema.safeParse({
      id: organizationId, name: words(o.name), description: words(o.description) ?? '', email: email(o.email, new Set()), website: website(o.website, new Set()),
    });
    if (!org.success) return { ok: false, problems: ['organisation has no name'] };
    organisation = org.data;
  }

  const locations = list(raw.service_at_locations).flatMap((sal) => (sal.location && typeof sal.location === 'object' ? [locationOf(sal.location as Raw, adjustments)] : [])).filter((l): l is Location => !!l);
  const phones = [...list(raw.phones), ...list(raw.contacts).flatMap((c) => list(c.phones))]
    .map((p) => phoneOf(p, adjustments))
    .filter((p): p is { number: string; description?: string } => !!p)
    .filter((p, i, all) => all.findIndex((q) => q.number === p.number) === i);
  const url = website(raw.url, adjustments);
  const mail = email(raw.email, adjustments);
  if (!locations.length && !phones.length && !url && !mail) return { ok: false, problems: ['no way to get in touch: no phone, email, website or place'] };
  if (!locations.length) adjustments.add(adjusted.noPlace);
  const delivery = [...(locations.length ? ['in-person'] : []), ...(phones.length ? ['phone'] : []), ...(url || mail ? ['online'] : [])];

  let minimum_age = age(raw.minimum_age, adjustments);
  let maximum_age = age(raw.maximum_age, adjustments);
  if (minimum_age !== undefined && maximum_age !== undefined && minimum_age > maximum_age) {
    adjustments.add(adjusted.agesSwapped);
    [minimum_age, maximum_age] = [undefined, undefined];
  }

  const candidate = {
    id, name, description, ...(descriptionHtml ? { description_html: descriptionHtml } : {}), status,
    ...(url ? { url } : {}), ...(mail ? { email: mail } : {}),
    organization_id: organizationId,
    ...(minimum_age !== undefined ? { minimum_age } : {}),
    ...(maximum_age !== undefined ? { maximum_age } : {}),
    ...(words(raw.eligibility_description) ? { eligibility_description: words(raw.eligibility_description) } : {}),
    assured_date: assuredDate(raw, adjustments),
    categories: categoriesOf(raw, categories, taxonomy, adjustments), delivery, referral: [],
    service_areas: list(raw.service_areas).map((a) => words(a.name)).filter((n): n is string => !!n && n.length >= 2).map((n) => ({ name: n })),
    service_at_locations: locations.map((l) => ({ location_id: l.id })),
    schedules: valid(
      list(raw.schedules).filter((s) => text(s.byday) || text(s.opens_at)).map((s) => ({ freq: s.freq === 'MONTHLY' ? 'MONTHLY' : 'WEEKLY', byday: text(s.byday)?.toUpperCase().replace(/\s+/g, ''), opens_at: text(s.opens_at), closes_at: text(s.closes_at), ...(words(s.description) ? { description: words(s.description) } : {}) })),
      scheduleSchema, adjusted.scheduleDropped, adjustments,
    ),
    languages: valid(list(raw.languages).map((l) => ({ name: text(l.name), code: text(l.code)?.toLowerCase(), ...(text(l.note) ? { note: text(l.note) } : {}) })), languageSchema, adjusted.languageDropped, adjustments),
    cost_options: valid(
      list(raw.cost_options).map((c) => ({ option: words(c.option) ?? 'Cost', amount: typeof c.amount === 'number' ? c.amount : 0, ...(words(c.amount_description) ? { amount_description: words(c.amount_description) } : {}) })),
      costOptionSchema, adjusted.costDropped, adjustments,
    ),
    phones,
  };
  const parsed = importedServiceSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`) };
  return { ok: true, value: { service: parsed.data, ...(organisation ? { organisation } : {}), locations, adjustments: [...adjustments] } };
}
