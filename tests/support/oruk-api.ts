import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local ORUK 3.0 API that behaves like the ones councils publish: its own page size
 * whatever per_page asks, shallow list pages (id, name, last_modified; the full record only
 * at /services/{id}; organisations at /organizations/{id}), 404 for /taxonomy_terms and /service_at_locations, and faults queued
 * per request (slow answers, 429 with Retry-After, 500s) that clear once used.
 */

export interface Fault { status?: number; retryAfter?: string; delayMs?: number }
type Service = { id: string; name?: unknown; last_modified?: string } & Record<string, unknown>;

export interface FakeOrukApi {
  url: string;
  services: Service[];
  /** Every request, as "/services?page=1" or "/services/<id>" (per_page left out). */
  requests: string[];
  /** The most requests that were being answered at once. */
  mostAtOnce: number;
  /** Faults for the next requests to a path (as in `requests`), used one per request. */
  fault(path: string, ...faults: Fault[]): void;
  /** Every request answered 503 (the API is down) until set back to false. */
  down: boolean;
  close(): Promise<void>;
}

export async function startOrukApi(services: Service[], options: { pageSize?: number; organizations?: { id: string }[]; ignorePage?: boolean } = {}): Promise<FakeOrukApi> {
  const pageSize = options.pageSize ?? 2;
  const faults = new Map<string, Fault[]>();
  let atOnce = 0;
  const api: FakeOrukApi = {
    url: '', services, requests: [], mostAtOnce: 0, down: false,
    fault: (path, ...more) => faults.set(path, [...(faults.get(path) ?? []), ...more]),
    close: () => new Promise((done) => server.close(() => done())),
  };
  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));

  const server = createServer(async (req, res) => {
    atOnce++;
    api.mostAtOnce = Math.max(api.mostAtOnce, atOnce);
    res.on('close', () => atOnce--);
    const url = new URL(req.url!, 'http://localhost');
    url.searchParams.delete('per_page');
    const path = `${url.pathname.replace(/^\/api/, '')}${url.search}`;
    api.requests.push(path);
    const fault = faults.get(path)?.shift();
    if (fault?.delayMs) await new Promise((done) => setTimeout(done, fault.delayMs));
    if (res.destroyed) return;
    if (api.down) return json(res, 503, { message: 'Service Unavailable' });
    if (fault?.status) return json(res, fault.status, { message: 'busy' }, fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {});

    if (url.pathname === '/api/services') {
      const page = options.ignorePage ? 1 : Number(url.searchParams.get('page') ?? 1);
      const totalPages = Math.max(1, Math.ceil(api.services.length / pageSize));
      const contents = api.services.slice((page - 1) * pageSize, page * pageSize).map((s) => ({ id: s.id, name: s.name, last_modified: s.last_modified }));
      // Some APIs say nothing about pages at all.
      if (options.ignorePage) return json(res, 200, { contents });
      return json(res, 200, { total_items: api.services.length, total_pages: totalPages, page_number: page, size: pageSize, first_page: page === 1, last_page: page >= totalPages, empty: contents.length === 0, contents });
    }
    const organisation = /^\/api\/organizations\/([^/]+)$/.exec(url.pathname);
    const org = organisation && (options.organizations ?? []).find((o) => o.id === decodeURIComponent(organisation[1]!));
    if (org) return json(res, 200, org);
    const detail = /^\/api\/services\/([^/]+)$/.exec(url.pathname);
    const found = detail && api.services.find((s) => s.id === decodeURIComponent(detail[1]!));
    if (found) return json(res, 200, found);
    return json(res, 404, { message: 'Not Found' });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return api;
}
