import { fieldErrors, honeypotField, requestSchema, type FamilyHelpRequest } from '../../src/request/schema.ts';
import { problem, json } from './http.ts';
import { errorMessage } from './messages.ts';
import { hashOf, seal, unseal, type Keyring } from './seal.ts';

/** What the store keeps: nothing personal outside `sealed`. */
export interface StoredRequest {
  reference: string;
  kind: FamilyHelpRequest['kind'];
  language: string;
  receivedAt: string;
  keyId: string;
  sealed: string;
  statusCodeHash: string;
  /** The answer to give again if the same Idempotency-Key comes back (sealed: it holds the status code). */
  idempotency?: { keyHash: string; keyId: string; sealedAnswer: string };
}

export interface RequestStore {
  /** Writes the request, its outbox rows and its idempotency record in one batch; resolves once committed. */
  save(entry: StoredRequest): Promise<'saved' | 'duplicate-key'>;
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
}

/** Bigger than any real request; checked before the body is parsed. */
export const maxBodyBytes = 64 * 1024;

/**
 * POST /api/requests. Each bad input gets its own status and a plain message, and nothing
 * is stored: method, origin, content type, size, JSON, honeypot, rate, schema. Only then
 * are the request and its outbox rows written together; 201 follows the commit.
 */
export async function createRequest(request: Request, deps: RequestDeps): Promise<Response> {
  if (request.method !== 'POST') return problem(405, 'method_not_allowed', 'Use POST to send a request.', { Allow: 'POST' });
  const own = new URL(request.url).origin;
  if (request.headers.get('Origin') !== own) {
    return problem(403, 'wrong_origin', 'Requests must be sent from this website’s own forms.');
  }
  const type = request.headers.get('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return problem(415, 'unsupported_media_type', 'Send the request as JSON, with Content-Type: application/json.');
  }
  if (Number(request.headers.get('Content-Length') ?? '0') > maxBodyBytes) return tooLarge();
  const body = await request.text();
  if (new TextEncoder().encode(body).byteLength > maxBodyBytes) return tooLarge();

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return problem(400, 'malformed_json', 'The request body is not valid JSON.');
  }
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (typeof fields[honeypotField] === 'string' && fields[honeypotField] !== '') {
    return problem(422, 'honeypot', `This form could not be sent. If you are a person, leave the "${honeypotField}" field empty.`);
  }

  const now = deps.now();
  const client = await hashOf(`${request.headers.get('CF-Connecting-IP') ?? 'local'}|${now.toISOString().slice(0, 10)}`);
  const count = await deps.store.countSubmission(client, now.toISOString().slice(0, 16));
  if (count > deps.rateLimit) {
    const retryAfter = 60 - now.getUTCSeconds();
    return problem(429, 'too_many_requests', `Too many requests from here. Try again in ${retryAfter} seconds, or phone us.`, { 'Retry-After': String(retryAfter) });
  }

  const idempotencyKey = request.headers.get('Idempotency-Key');
  const keyHash = idempotencyKey ? await hashOf(`idempotency|${idempotencyKey}`) : undefined;
  if (keyHash) {
    const earlier = await deps.store.answerFor(keyHash);
    if (earlier) return replay(earlier, deps, keyHash);
  }

  const parsed = requestSchema.safeParse(data);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error).map((e) => ({ ...e, message: errorMessage(e.code, fields.language) }));
    return problem(422, 'invalid_request', 'Some answers need to be checked.', {}, { errors });
  }

  const keyring = await deps.keyring();
  const reference = deps.newReference();
  const statusCode = deps.newStatusCode();
  const answer = JSON.stringify({ reference, statusCode });
  const { keyId, sealed } = await seal(keyring, JSON.stringify(parsed.data), reference);
  const idempotency = keyHash ? { keyHash, ...(await seal(keyring, answer, keyHash)) } : undefined;
  const outcome = await deps.store.save({
    reference,
    kind: parsed.data.kind,
    language: parsed.data.language,
    receivedAt: now.toISOString(),
    keyId,
    sealed,
    statusCodeHash: await hashOf(`${reference}|${statusCode}`),
    idempotency: idempotency && { keyHash: idempotency.keyHash, keyId: idempotency.keyId, sealedAnswer: idempotency.sealed },
  });
  if (outcome === 'duplicate-key') {
    // The same key arrived twice at once: the other one won; answer as it did.
    const earlier = await deps.store.answerFor(keyHash!);
    if (earlier) return replay(earlier, deps, keyHash!);
  }
  return json(201, { reference, statusCode });
}

/** The first answer again, for a retry with the same Idempotency-Key: nothing new is stored. */
async function replay(earlier: { keyId: string; sealedAnswer: string }, deps: RequestDeps, keyHash: string) {
  const answer = await unseal(await deps.keyring(), earlier.keyId, earlier.sealedAnswer, keyHash);
  return json(201, JSON.parse(answer), { 'Idempotent-Replay': 'true' });
}

function tooLarge() {
  return problem(413, 'too_large', `The request is too large. The limit is ${maxBodyBytes / 1024} KB.`);
}
