import { fieldErrors, requestSchema, type FamilyHelpRequest } from '../../src/request/schema.ts';
import { problem, json } from './http.ts';
import { errorMessage } from './messages.ts';

/** Where accepted requests go. The Worker shell gives a D1 store; tests may give their own. */
export interface RequestStore {
  /** Resolves only once the request is durably written. */
  save(entry: { reference: string; request: FamilyHelpRequest; receivedAt: string }): Promise<void>;
}

export interface RequestDeps {
  store: RequestStore;
  newReference: () => string;
  now: () => Date;
}

/** Bigger than any real request; checked before the body is parsed. */
export const maxBodyBytes = 64 * 1024;

/** POST /api/requests: each bad input gets its own status and a plain message; nothing is stored. */
export async function createRequest(request: Request, deps: RequestDeps): Promise<Response> {
  if (request.method !== 'POST') {
    return problem(405, 'method_not_allowed', 'Use POST to send a request.', { Allow: 'POST' });
  }
  const type = request.headers.get('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return problem(415, 'unsupported_media_type', 'Send the request as JSON, with Content-Type: application/json.');
  }
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (declared > maxBodyBytes) return tooLarge();
  const body = await request.text();
  if (new TextEncoder().encode(body).byteLength > maxBodyBytes) return tooLarge();

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return problem(400, 'malformed_json', 'The request body is not valid JSON.');
  }
  const parsed = requestSchema.safeParse(data);
  if (!parsed.success) {
    const language = typeof data === 'object' && data !== null ? (data as { language?: unknown }).language : undefined;
    const errors = fieldErrors(parsed.error).map((e) => ({ ...e, message: errorMessage(e.code, language) }));
    return problem(422, 'invalid_request', 'Some answers need to be checked.', {}, { errors });
  }

  const reference = deps.newReference();
  await deps.store.save({ reference, request: parsed.data, receivedAt: deps.now().toISOString() });
  // Sent only after the write above has committed.
  return json(201, { reference });
}

function tooLarge() {
  return problem(413, 'too_large', `The request is too large. The limit is ${maxBodyBytes / 1024} KB.`);
}
