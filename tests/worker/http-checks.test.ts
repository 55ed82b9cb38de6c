import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { endpoints, type EndpointRules } from '../../functions/core/http-checks.ts';
import { claimsFor, newKey, serveCerts, signRs256 } from './staff-support.ts';

const worker = (exports as unknown as { default: Fetcher }).default;
const origin = 'http://localhost';

/** Where each endpoint answers. A new endpoint without an address here fails the first test. */
const paths: Record<keyof typeof endpoints, string> = {
  health: '/api/health',
  requests: '/api/requests',
  requestForm: '/api/forms/request',
  status: '/api/status',
  statusForm: '/api/forms/status',
  servicesForm: '/api/forms/services',
  staffDecision: '/api/staff/requests/FHP-2345-6789/decision',
  worriedCount: '/api/count/worried',
  worriedCountForm: '/api/forms/worried',
};
const contentType = { json: 'application/json', form: 'application/x-www-form-urlencoded' };
const all = Object.entries(endpoints) as [keyof typeof endpoints, EndpointRules][];

// Staff endpoints answer only a signed-in member of staff: their checks are tested signed in.
let staffToken = '';
beforeAll(async () => {
  const key = await newKey('team-key-http-checks');
  serveCerts([key]);
  staffToken = await signRs256(key, claimsFor());
});

let client = 0;
function send(path: string, init: Omit<RequestInit, 'headers'> & { headers?: Record<string, string>; duplex?: 'half' }) {
  client++;
  const signedIn: Record<string, string> = path.startsWith('/api/staff/') ? { 'Cf-Access-Jwt-Assertion': staffToken } : {};
  return worker.fetch(`${origin}${path}`, { ...(init as RequestInit), headers: { 'CF-Connecting-IP': `198.51.100.${client % 250}`, ...signedIn, ...init.headers } });
}
/** A body that arrives in pieces with no declared length, as a chunked upload does. */
function streamOf(bytes: number, piece = 16 * 1024) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const size = Math.min(piece, bytes - sent);
      sent += size;
      controller.enqueue(new TextEncoder().encode('a'.repeat(size)));
    },
  });
}

describe('one set of HTTP checks for every endpoint', () => {
  it('knows the address of every endpoint it checks', () => {
    expect(Object.keys(paths).sort()).toEqual(Object.keys(endpoints).sort());
  });

  for (const [name, rules] of all) {
    const path = paths[name];
    it(`${path} refuses a method it does not take, saying which it does`, async () => {
      const res = await send(path, { method: 'DELETE' });
      expect(res.status).toBe(405);
      expect(res.headers.get('Allow')).toBe(rules.methods.join(', '));
      expect(await res.json()).toMatchObject({ error: 'method_not_allowed' });
    });

    if (!rules.body) continue;
    const body = rules.body;
    const headers = { 'Content-Type': contentType[body.type], Origin: origin };

    if (rules.origin === 'same') {
      it(`${path} refuses a post from another website`, async () => {
        const res = await send(path, { method: 'POST', headers: { ...headers, Origin: 'https://elsewhere.example' }, body: '{}' });
        expect(res.status).toBe(403);
        expect(await res.json()).toMatchObject({ error: 'wrong_origin' });
      });
    }

    it(`${path} refuses a body of the wrong type`, async () => {
      const res = await send(path, { method: 'POST', headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'hello' });
      expect(res.status).toBe(415);
      expect(await res.json()).toMatchObject({ error: 'unsupported_media_type' });
    });

    it(`${path} refuses a body over its ${body.maxBytes / 1024} KB limit, declared or streamed`, async () => {
      const declared = await send(path, { method: 'POST', headers, body: 'a'.repeat(body.maxBytes + 1) });
      expect(declared.status).toBe(413);
      expect(await declared.json()).toMatchObject({ error: 'too_large' });
      // No Content-Length: the Worker counts while it reads and stops at the limit (10 MB are offered).
      const streamed = await send(path, { method: 'POST', headers, body: streamOf(10 * 1024 * 1024), duplex: 'half' });
      expect(streamed.status).toBe(413);
    });
  }

  it('still takes a body just under the limit (the check is not off by one)', async () => {
    const res = await send(paths.status, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin }, body: JSON.stringify({ reference: 'FHP-2345-6789', statusCode: 'ABCDEFGH', pad: 'x'.repeat(endpoints.status.body.maxBytes - 80) }) });
    expect(res.status).not.toBe(413);
  });
});
