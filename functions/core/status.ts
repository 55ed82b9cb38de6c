import { json, problem } from './http.ts';
import { hashOf } from './seal.ts';
import { clientOf } from './requests.ts';
import { checkJson, endpoints } from './http-checks.ts';
import { clientKey, type ClientKeys } from './client-key.ts';
import { statusCheckSchema, statuses, type Status } from '../../src/check-status/schema.ts';
import { outcomeShownTo } from '../../src/staff/decisions.ts';

export { statuses, type Status };

export interface StatusStore {
  /** The status, and the front door's decision once made (an id from src/staff/decisions.ts). */
  statusOf(reference: string): Promise<{ kind: string; status: Status; statusCodeHash: string; outcome?: string | null } | null>;
}

export interface StatusDeps {
  store: StatusStore;
  /** Counts a check from a client in this minute (guessing codes should be slow); returns the count so far. */
  countCheck: (clientHash: string, window: string) => Promise<number>;
  rateLimit: number;
  /** The secret the per-client counts are keyed with (RATE_LIMIT_KEYS). */
  clientKeys: () => Promise<ClientKeys>;
  now: () => Date;
}

export type StatusAnswer =
  | { outcome: 'found'; reference: string; status: Status; decision?: string }
  | { outcome: 'not-found' }
  | { outcome: 'invalid'; fields: string[] }
  | { outcome: 'rate-limited'; retryAfter: number };

/** A sender's check, however it came (JSON or a plain form): limited per client, the same answer for a wrong code and an unknown reference. */
export async function lookUpStatus(data: unknown, client: string, deps: StatusDeps): Promise<StatusAnswer> {
  const now = deps.now();
  const count = await deps.countCheck(await clientKey(await deps.clientKeys(), 'status', client, now.toISOString().slice(0, 10)), now.toISOString().slice(0, 16));
  if (count > deps.rateLimit) return { outcome: 'rate-limited', retryAfter: 60 - now.getUTCSeconds() };
  const parsed = statusCheckSchema.safeParse(data);
  if (!parsed.success) return { outcome: 'invalid', fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0])))] };
  const { reference, statusCode } = parsed.data;
  const row = await deps.store.statusOf(reference);
  // The same answer for an unknown reference and a wrong code: nothing to learn by guessing.
  if (!row || row.statusCodeHash !== (await hashOf(`${reference}|${statusCode}`))) return { outcome: 'not-found' };
  return { outcome: 'found', reference, status: row.status, ...(row.outcome ? { decision: outcomeShownTo(row.kind, row.outcome) } : {}) };
}

const notFound = () => problem(404, 'not_found', 'We could not find a request with that reference and code. Check them and try again.');

/** POST /api/status: the sender checks their request with its reference and one-time code. */
export async function checkStatus(request: Request, deps: StatusDeps): Promise<Response> {
  const checked = await checkJson(request, endpoints.status);
  if (checked instanceof Response) return checked;
  const data = checked.data;
  const answer = await lookUpStatus(data, clientOf(request), deps);
  switch (answer.outcome) {
    case 'found':
      return json(200, { reference: answer.reference, status: answer.status, ...(answer.decision ? { outcome: answer.decision } : {}) });
    case 'rate-limited':
      return problem(429, 'too_many_requests', `Too many checks from here. Try again in ${answer.retryAfter} seconds.`, { 'Retry-After': String(answer.retryAfter) });
    default:
      return notFound();
  }
}
