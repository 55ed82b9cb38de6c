import { z } from 'zod';
import { json, problem } from './http.ts';
import { referencePattern } from './reference.ts';
import { hashOf } from './seal.ts';

export const statuses = ['received', 'being-looked-at', 'passed-to-a-service', 'closed'] as const;
export type Status = (typeof statuses)[number];

export interface StatusStore {
  statusOf(reference: string): Promise<{ status: Status; statusCodeHash: string } | null>;
  setStatus(reference: string, status: Status): Promise<boolean>;
}

const checkSchema = z.strictObject({ reference: z.string().trim().toUpperCase(), statusCode: z.string().trim().toUpperCase() });
const notFound = () => problem(404, 'not_found', 'We could not find a request with that reference and code. Check them and try again.');

/** POST /api/status: the sender checks their request with its reference and one-time code. */
export async function checkStatus(request: Request, store: StatusStore): Promise<Response> {
  if (request.method !== 'POST') return problem(405, 'method_not_allowed', 'Use POST.', { Allow: 'POST' });
  if (request.headers.get('Origin') !== new URL(request.url).origin) return problem(403, 'wrong_origin', 'Use this website’s own form.');
  let data: unknown;
  try {
    data = await request.json();
  } catch {
    return problem(400, 'malformed_json', 'The request body is not valid JSON.');
  }
  const parsed = checkSchema.safeParse(data);
  if (!parsed.success || !referencePattern.test(parsed.data.reference)) return notFound();
  const row = await store.statusOf(parsed.data.reference);
  // The same answer for an unknown reference and a wrong code: nothing to learn by guessing.
  if (!row || row.statusCodeHash !== (await hashOf(`${parsed.data.reference}|${parsed.data.statusCode}`))) return notFound();
  return json(200, { reference: parsed.data.reference, status: row.status });
}

/** POST /api/requests/{reference}/status: staff record progress (behind Cloudflare Access, with a bearer token). */
export async function setStatus(request: Request, reference: string, store: StatusStore, staffToken: string | undefined): Promise<Response> {
  if (request.method !== 'POST') return problem(405, 'method_not_allowed', 'Use POST.', { Allow: 'POST' });
  const given = (request.headers.get('Authorization') ?? '').replace(/^Bearer\s+/i, '');
  if (!staffToken || !given || (await hashOf(given)) !== (await hashOf(staffToken))) {
    return problem(401, 'unauthorised', 'A valid staff token is needed.', { 'WWW-Authenticate': 'Bearer' });
  }
  let data: unknown;
  try {
    data = await request.json();
  } catch {
    return problem(400, 'malformed_json', 'The request body is not valid JSON.');
  }
  const parsed = z.strictObject({ status: z.enum(statuses) }).safeParse(data);
  if (!parsed.success) return problem(422, 'invalid_status', `Status must be one of: ${statuses.join(', ')}.`);
  if (!(await store.setStatus(reference, parsed.data.status))) return problem(404, 'not_found', 'There is no request with that reference.');
  return json(200, { reference, status: parsed.data.status });
}
