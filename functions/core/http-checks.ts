import { problem } from './http.ts';

/**
 * The HTTP checks every endpoint makes, in one place and one order: method, origin,
 * content type, body size. Each endpoint declares what it takes (see `endpoints`); a body
 * is read only up to its limit, so no request can make the Worker hold more than that.
 */
export interface EndpointRules {
  methods: readonly string[];
  /** "same": only this website's own pages may send (see sameOrigin); "any": staff tools and readers. */
  origin: 'same' | 'any';
  /** The body the endpoint reads, or none: nothing is read. */
  body?: { type: 'json' | 'form'; maxBytes: number };
}

const kB = 1024;

/** What each endpoint takes. Every body has a limit. */
export const endpoints = {
  health: { methods: ['GET', 'HEAD'], origin: 'any' },
  requests: { methods: ['POST'], origin: 'same', body: { type: 'json', maxBytes: 64 * kB } },
  requestForm: { methods: ['POST'], origin: 'same', body: { type: 'form', maxBytes: 64 * kB } },
  // A reference and a code: far smaller than any request.
  status: { methods: ['POST'], origin: 'same', body: { type: 'json', maxBytes: 2 * kB } },
  statusForm: { methods: ['POST'], origin: 'same', body: { type: 'form', maxBytes: 2 * kB } },
  // The directory's filter form: a few choices and some words.
  servicesForm: { methods: ['POST'], origin: 'same', body: { type: 'form', maxBytes: 4 * kB } },
  // A decision from the staff pages or a council's system signed in through Access: an outcome and a reason.
  staffDecision: { methods: ['POST'], origin: 'any', body: { type: 'json', maxBytes: 8 * kB } },
  // The questions' outcome and language, counted by day: nothing more.
  worriedCount: { methods: ['POST'], origin: 'same', body: { type: 'json', maxBytes: 256 } },
  // The same without JavaScript: an outcome and the address of its page. Any origin may post
  // (it only sends the browser on to one of our pages); only our own pages' posts are counted.
  worriedCountForm: { methods: ['POST'], origin: 'any', body: { type: 'form', maxBytes: 512 } },
} as const satisfies Record<string, EndpointRules>;

const contentTypes = {
  json: { pattern: /^application\/json\s*(;|$)/i, name: 'JSON, with Content-Type: application/json' },
  form: { pattern: /^application\/x-www-form-urlencoded\s*(;|$)/i, name: 'a form, with Content-Type: application/x-www-form-urlencoded' },
};

/**
 * Sent from one of our own pages. Our pages ask for no referrer, so a browser posting a
 * plain form from them says "Origin: null"; then its Sec-Fetch-Site (which no page script
 * can set) must say same-origin. Anything else, including no headers at all, is refused.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('Origin');
  if (origin === new URL(request.url).origin) return true;
  return origin === 'null' && request.headers.get('Sec-Fetch-Site') === 'same-origin';
}

/** The body as text, or null once it passes `maxBytes` (declared or counted while it streams in). */
export async function bodyWithin(request: Request, maxBytes: number): Promise<string | null> {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && !(Number(declared) <= maxBytes)) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export const tooLarge = (maxBytes: number) =>
  problem(413, 'too_large', `The request is too large. The limit is ${maxBytes >= kB ? `${maxBytes / kB} KB` : `${maxBytes} bytes`}.`);

/** Checks a request against its endpoint's rules: the body as text when it passes, else the answer to give. */
export async function checkHttp(request: Request, rules: EndpointRules): Promise<{ body: string } | Response> {
  if (!rules.methods.includes(request.method)) {
    return problem(405, 'method_not_allowed', `Use ${rules.methods.join(' or ')} at this address.`, { Allow: rules.methods.join(', ') });
  }
  if (rules.origin === 'same' && !sameOrigin(request)) return problem(403, 'wrong_origin', 'Requests must be sent from this website’s own forms.');
  if (!rules.body) return { body: '' };
  const type = contentTypes[rules.body.type];
  if (!type.pattern.test(request.headers.get('Content-Type') ?? '')) return problem(415, 'unsupported_media_type', `Send ${type.name}.`);
  const body = await bodyWithin(request, rules.body.maxBytes);
  return body === null ? tooLarge(rules.body.maxBytes) : { body };
}

/** checkHttp for a JSON endpoint: the parsed body when it passes, else the answer to give (400 for JSON that does not parse). */
export async function checkJson(request: Request, rules: EndpointRules): Promise<{ data: unknown } | Response> {
  const checked = await checkHttp(request, rules);
  if (checked instanceof Response) return checked;
  try {
    return { data: JSON.parse(checked.body) as unknown };
  } catch {
    return problem(400, 'malformed_json', 'The request body is not valid JSON.');
  }
}
