import { json, problem } from './http.ts';

/**
 * The Open Referral UK 3.0 API (read only) over the services written at build:
 * GET /openreferral/, /openreferral/services?page=&per_page=, /openreferral/services/{id}.
 * Pure: the services come in through `deps`.
 */

/** A service as exported (schema/service.json); the list shows its one-to-one fields. */
export interface OrukRecord {
  id: string;
  [field: string]: unknown;
}
export interface OpenReferralDeps {
  services: () => Promise<OrukRecord[]>;
}

const listFields = ['id', 'organization_id', 'name', 'description', 'url', 'email', 'status', 'fees', 'accreditations', 'minimum_age', 'maximum_age', 'assured_date', 'assurer_email', 'alert', 'last_modified', 'organization'];
export const defaultPerPage = 50;
export const maxPerPage = 500;
const cors = { 'Access-Control-Allow-Origin': '*' };

/** A whole number from the query, within limits; undefined when it is not one. */
function positive(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === null) return fallback;
  if (!/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

export async function handleOpenReferral(request: Request, deps: OpenReferralDeps): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return problem(405, 'method_not_allowed', 'Use GET.', { Allow: 'GET, HEAD', ...cors });
  const url = new URL(request.url);
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/openreferral') {
    return json(200, { version: '3.0', profile: 'https://openreferraluk.org/', openapi_url: 'https://raw.githubusercontent.com/OpenReferralUK/uk-profile/main/openapi.json' }, cors);
  }
  if (path === '/openreferral/services') {
    const page = positive(url.searchParams.get('page'), 1);
    const perPage = positive(url.searchParams.get('per_page'), defaultPerPage, maxPerPage);
    if (page === undefined) return problem(400, 'bad_page', 'page must be a whole number from 1.', cors);
    if (perPage === undefined) return problem(400, 'bad_per_page', `per_page must be a whole number from 1 to ${maxPerPage}.`, cors);
    const all = await deps.services();
    const contents = all.slice((page - 1) * perPage, page * perPage).map((s) => Object.fromEntries(listFields.filter((f) => f in s).map((f) => [f, s[f]])));
    const totalPages = Math.max(1, Math.ceil(all.length / perPage));
    return json(200, {
      total_items: all.length, total_pages: totalPages, page_number: page, size: contents.length,
      first_page: page === 1, last_page: page >= totalPages, empty: contents.length === 0, contents,
    }, cors);
  }
  const one = /^\/openreferral\/services\/([^/]+)$/.exec(path);
  if (one) {
    const id = one[1]!.toLowerCase(); // uuids need no decoding; anything else simply is not found
    const found = (await deps.services()).find((s) => s.id === id);
    return found ? json(200, found, cors) : problem(404, 'not_found', 'There is no service with this id.', cors);
  }
  return problem(404, 'not_found', 'There is nothing at this address. Try /openreferral/services.', cors);
}
