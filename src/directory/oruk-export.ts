import type { Directory } from './read-directory.ts';
import type { Location, Organisation, Service } from './schema.ts';
import { stableUuid } from './stable-uuid.ts';

/** Our content as Open Referral UK 3.0 records (schema/service.json), for /openreferral/. */


function orukOrganisation(o: Organisation) {
  return { id: o.id, name: o.name, description: o.description, ...(o.email ? { email: o.email } : {}), ...(o.website ? { website: o.website } : {}) };
}

function orukLocation(l: Location) {
  const address = {
    id: stableUuid(`${l.id}/address`), location_id: l.id, address_1: l.address_1, city: l.city,
    state_province: l.state_province, postal_code: l.postal_code, country: 'GB', address_type: 'physical',
  };
  const accessibility = l.accessibility ? [{ id: stableUuid(`${l.id}/accessibility`), location_id: l.id, description: l.accessibility }] : [];
  return { id: l.id, location_type: l.location_type, name: l.name, latitude: l.latitude, longitude: l.longitude, addresses: [address], accessibility };
}

/** The one-to-one fields of a service: one item of GET /services (schema/service_list.json). */
export function orukListItem(s: Service, directory: Pick<Directory, 'organisations'>) {
  const org = directory.organisations.get(s.organization_id)!;
  return {
    id: s.id, organization_id: s.organization_id, name: s.name, description: s.description, status: s.status,
    ...(s.url ? { url: s.url } : {}), ...(s.email ? { email: s.email } : {}),
    ...(s.minimum_age !== undefined ? { minimum_age: s.minimum_age } : {}), ...(s.maximum_age !== undefined ? { maximum_age: s.maximum_age } : {}),
    fees: s.cost_options.length ? s.cost_options.map((c) => c.amount_description ?? c.option).join('; ') : 'Free',
    ...(s.assured_date ? { assured_date: s.assured_date, last_modified: `${s.assured_date}T00:00:00Z` } : {}),
    organization: orukOrganisation(org),
  };
}

/**
 * A whole service with its nested records: GET /services/{id} (schema/service.json).
 * `taxonomy` names the council's category list in ORUK records (content/site.yaml: directory.taxonomy).
 */
export function orukService(s: Service, directory: Directory, taxonomy: string) {
  const seed = (path: string) => stableUuid(`${s.id}/${path}`);
  const category = (id: string) => directory.categories.find((c) => c.id === id)!;
  return {
    ...orukListItem(s, directory),
    schedules: s.schedules.map((x, i) => ({
      id: x.id ?? seed(`schedules/${i}`), service_id: s.id, freq: x.freq, interval: 1, byday: x.byday,
      opens_at: x.opens_at.length === 5 ? `${x.opens_at}:00` : x.opens_at, closes_at: x.closes_at.length === 5 ? `${x.closes_at}:00` : x.closes_at,
      ...(x.description ? { description: x.description } : {}),
      attending_type: s.delivery.join(', '),
    })),
    service_areas: s.service_areas.map((a, i) => ({ id: a.id ?? seed(`service_areas/${i}`), service_id: s.id, name: a.name })),
    service_at_locations: s.service_at_locations.map((sal, i) => ({
      id: sal.id ?? seed(`service_at_locations/${i}`), service_id: s.id, location_id: sal.location_id, location: orukLocation(directory.locations.get(sal.location_id)!),
    })),
    languages: s.languages.map((l, i) => ({ id: l.id ?? seed(`languages/${i}`), service_id: s.id, name: l.name, code: l.code, ...(l.note ? { note: l.note } : {}) })),
    cost_options: s.cost_options.map((c, i) => ({ id: c.id ?? seed(`cost_options/${i}`), service_id: s.id, option: c.option, amount: c.amount, ...(c.amount_description ? { amount_description: c.amount_description } : {}) })),
    phones: s.phones.map((p, i) => ({ id: p.id ?? seed(`phones/${i}`), service_id: s.id, number: p.number, ...(p.description ? { description: p.description } : {}) })),
    contacts: s.contacts.map((c, i) => ({ id: c.id ?? seed(`contacts/${i}`), service_id: s.id, name: c.name, ...(c.title ? { title: c.title } : {}) })),
    // Categories, who may refer and how the service is used, as ORUK attributes linking taxonomy terms.
    attributes: s.categories.map((id) => {
      const c = category(id);
      return {
        id: seed(`attributes/${id}`), link_id: s.id, link_type: 'service', taxonomy_term_id: c.uuid,
        taxonomy_term: { id: c.uuid, name: c.name.en!, description: c.name.en!, taxonomy, term: c.id },
      };
    }),
  };
}

export type OrukService = ReturnType<typeof orukService>;
