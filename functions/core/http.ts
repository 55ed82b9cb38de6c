import { apiCsp, securityHeaders } from '../../src/site/security-headers.ts';

/** A JSON response with the site's security headers; never cached (it may carry a reference). */
export function json(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...securityHeaders(apiCsp),
      ...extra,
    },
  });
}

/** A problem with the request, named in plain words: `error` for code, `message` for people. */
export function problem(status: number, error: string, message: string, extra: Record<string, string> = {}, more: object = {}) {
  return json(status, { error, message, ...more }, extra);
}
