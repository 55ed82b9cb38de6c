import { fieldErrors, honeypotField, requestSchema, withoutHiddenAnswers, type FamilyHelpRequest, type FieldError } from '../../src/request/schema.ts';
import { problem, json } from './http.ts';
import { errorMessages, type WordsDeps } from './messages.ts';
import { hashOf, seal, unseal, type Keyring } from './seal.ts';
import { isUrgent } from '../../src/staff/decisions.ts';
import { checkHttp, endpoints } from './http-checks.ts';
import { clientKey, type ClientKeys } from './client-key.ts';

/** What the store keeps: nothing personal outside `sealed`. */
export interface StoredRequest {
  reference: string;
  kind: FamilyHelpRequest['kind'];
  language: string;
  receivedAt: string;
  keyId: string;
  sealed: string;
  statusCodeHash: string;
  /** Where to deliver it (one outbox row each). */
  channels: string[];
  /** This client's submissions this minute: the request is written only while within the limit. */
  rate: { clientHash: string; window: string; limit: number };
  /** Non-personal events for the audit table, such as the consent version agreed to. */
  events: string[];
  /** The answer to give again if the same Idempotency-Key comes back (sealed: it holds the status code). */
  idempotency?: { keyHash: string; keyId: string; sealedAnswer: string };
}

export interface RequestStore {
  /** Writes the request, its outbox rows and its idempotency record in one batch; resolves once committed. */
  save(entry: StoredRequest): Promise<'saved' | 'duplicate-key' | 'rate-limited'>;
  /** The sealed first answer for an Idempotency-Key, if that key was used before. */
  answerFor(keyHash: string): Promise<{ reference: string; keyId: string; sealedAnswer: string } | null>;
  /** Counts a submission from a client in this minute; returns the count so far. */
  countSubmission(clientHash: string, window: string): Promise<number>;
}

export interface RequestDeps {
  store: RequestStore;
  keyring: () => Promise<Keyring>;
  newReference: () => string;
  newStatusCode: () => string;
  now: () => Date;
  /** Submissions allowed per client per minute. */
  rateLimit: number;
  /** The secret the per-client counts are keyed with (RATE_LIMIT_KEYS): no address is stored. */
  clientKeys: () => Promise<ClientKeys>;
  /** Where a request goes: the Family Help Point always; a case system, a confirmation to the sender. */
  channelsFor: (request: FamilyHelpRequest) => string[];
}

/**
 * POST /api/requests. Each bad input gets its own status and a plain message, and nothing
 * is stored: method, origin, content type, size, JSON, honeypot, rate, schema. Only then
 * are the request and its outbox rows written together; 201 follows the commit.
 */
export async function createRequest(request: Request, deps: RequestDeps & WordsDeps): Promise<Response> {
  const checked = await checkHttp(request, endpoints.requests);
  if (checked instanceof Response) return checked;
  const { body } = checked;

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return problem(400, 'malformed_json', 'The request body is not valid JSON.');
  }
  const result = await acceptRequest(data, { idempotencyKey: request.headers.get('Idempotency-Key'), client: clientOf(request) }, deps);
  switch (result.outcome) {
    case 'honeypot':
      return problem(422, 'honeypot', `This form could not be sent. If you are a person, leave the "${honeypotField}" field empty.`);
    case 'rate-limited':
      return problem(429, 'too_many_requests', `Too many requests from here. Try again in ${result.retryAfter} seconds, or phone us.`, { 'Retry-After': String(result.retryAfter) });
    case 'invalid': {
      const language = (data as Record<string, unknown> | null)?.language;
      const messages = await errorMessages(deps, language);
      const errors = result.errors.map((e) => ({ ...e, message: messages[e.code] }));
      return problem(422, 'invalid_request', 'Some answers need to be checked.', {}, { errors });
    }
    case 'accepted':
      return json(201, result.answer, result.replay ? { 'Idempotent-Replay': 'true' } : {});
  }
}

export type Acceptance =
  | { outcome: 'accepted'; answer: { reference: string; statusCode: string }; request?: FamilyHelpRequest; replay: boolean }
  | { outcome: 'invalid'; errors: FieldError[] }
  | { outcome: 'honeypot' }
  | { outcome: 'rate-limited'; retryAfter: number };

/**
 * The heart of both ways in (JSON from the island, a plain form post without JavaScript):
 * honeypot, idempotency, the shared schema, then one batch that counts the client's
 * submission and, within the limit, stores the sealed request with its deliveries.
 * Resolves only after that batch committed. (Bad input is refused without touching D1.)
 */
export async function acceptRequest(data: unknown, from: { idempotencyKey: string | null; client: string }, deps: RequestDeps): Promise<Acceptance> {
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (typeof fields[honeypotField] === 'string' && fields[honeypotField] !== '') return { outcome: 'honeypot' };

  const now = deps.now();
  const keyHash = from.idempotencyKey ? await hashOf(`idempotency|${from.idempotencyKey}`) : undefined;
  if (keyHash) {
    const earlier = await deps.store.answerFor(keyHash);
    if (earlier) return replay(earlier, deps, keyHash);
  }

  const parsed = requestSchema.safeParse(data);
  if (!parsed.success) return { outcome: 'invalid', errors: fieldErrors(parsed.error) };
  const accepted = withoutHiddenAnswers(parsed.data);
  const receivedAt = now.toISOString();
  // Consent is recorded with the version of the words agreed to and the time we received it.
  const details = accepted.kind === 'ask-for-help' ? { ...accepted, consentedAt: receivedAt } : accepted;

  const keyring = await deps.keyring();
  const reference = deps.newReference();
  const statusCode = deps.newStatusCode();
  const answer = { reference, statusCode };
  const { keyId, sealed } = await seal(keyring, JSON.stringify(details), reference);
  const idempotency = keyHash ? { keyHash, ...(await seal(keyring, JSON.stringify(answer), keyHash)) } : undefined;
  const outcome = await deps.store.save({
    reference,
    kind: accepted.kind,
    language: accepted.language,
    receivedAt,
    keyId,
    sealed,
    statusCodeHash: await hashOf(`${reference}|${statusCode}`),
    channels: deps.channelsFor(accepted),
    events: [...(accepted.kind === 'ask-for-help' ? [`consent:${accepted.consentVersion}`] : []), ...(isUrgent(accepted) ? ['flag:urgent'] : [])],
    idempotency: idempotency && { keyHash: idempotency.keyHash, keyId: idempotency.keyId, sealedAnswer: idempotency.sealed },
    rate: { clientHash: await clientKey(await deps.clientKeys(), 'requests', from.client, now.toISOString().slice(0, 10)), window: now.toISOString().slice(0, 16), limit: deps.rateLimit },
  });
  if (outcome === 'rate-limited') return { outcome: 'rate-limited', retryAfter: 60 - now.getUTCSeconds() };
  if (outcome === 'duplicate-key') {
    // The same key arrived twice at once: the other one won; answer as it did.
    const earlier = await deps.store.answerFor(keyHash!);
    if (earlier) return replay(earlier, deps, keyHash!);
  }
  return { outcome: 'accepted', answer, request: accepted, replay: false };
}

// Other modules took these from here before the HTTP checks had their own module.
export { sameOrigin } from './http-checks.ts';
export const clientOf = (request: Request) => request.headers.get('CF-Connecting-IP') ?? 'local';

/** The first answer again, for a retry with the same Idempotency-Key: nothing new is stored. */
async function replay(earlier: { keyId: string; sealedAnswer: string }, deps: RequestDeps, keyHash: string): Promise<Acceptance> {
  const answer = await unseal(await deps.keyring(), earlier.keyId, earlier.sealedAnswer, keyHash);
  return { outcome: 'accepted', answer: JSON.parse(answer), replay: true };
}
