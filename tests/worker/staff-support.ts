import { vi } from 'vitest';

/**
 * A stand-in for a Cloudflare Access team, made in the test: its own RSA keys, its certs
 * document (as Access publishes it at /cdn-cgi/access/certs), and tokens signed as Access
 * signs them. The Worker fetches the certs address; that one address is answered here.
 */
export const teamDomain = 'https://northbridge-test.cloudflareaccess.com';
export const audience = 'test-audience-tag';
export const staffEmail = 'duty.manager@northbridge.example';

const enc = (data: Uint8Array | string) =>
  btoa(typeof data === 'string' ? unescape(encodeURIComponent(data)) : String.fromCharCode(...data)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

export interface TestKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JsonWebKey & { kid: string };
  spki: Uint8Array<ArrayBuffer>;
}

export async function newKey(kid: string): Promise<TestKey> {
  const pair = (await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  const jwk = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as JsonWebKey;
  const spki = new Uint8Array((await crypto.subtle.exportKey('spki', pair.publicKey)) as ArrayBuffer);
  return { kid, privateKey: pair.privateKey, publicJwk: { kty: 'RSA', n: jwk.n, e: jwk.e, alg: 'RS256', use: 'sig', kid }, spki };
}

export const claimsFor = (email = staffEmail, overrides: Record<string, unknown> = {}) => {
  const now = Math.floor(Date.now() / 1000);
  return { aud: [audience], email, exp: now + 600, iat: now, nbf: now, iss: teamDomain, type: 'app', identity_nonce: 'x', sub: crypto.randomUUID(), country: 'GB', ...overrides };
};

export async function signRs256(key: TestKey, claims: object, header: object = {}): Promise<string> {
  const head = enc(JSON.stringify({ alg: 'RS256', kid: key.kid, typ: 'JWT', ...header }));
  const body = enc(JSON.stringify(claims));
  const signature = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key.privateKey, new TextEncoder().encode(`${head}.${body}`)));
  return `${head}.${body}.${enc(signature)}`;
}

/** The old trick: HS256 "signed" with the public key, hoping the verifier uses it as an HMAC secret. */
export async function signHs256WithPublicKey(key: TestKey, claims: object): Promise<string> {
  const head = enc(JSON.stringify({ alg: 'HS256', kid: key.kid, typ: 'JWT' }));
  const body = enc(JSON.stringify(claims));
  const hmac = await crypto.subtle.importKey('raw', key.spki, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', hmac, new TextEncoder().encode(`${head}.${body}`)));
  return `${head}.${body}.${enc(signature)}`;
}

export const unsigned = (claims: object, kid: string) => `${enc(JSON.stringify({ alg: 'none', kid, typ: 'JWT' }))}.${enc(JSON.stringify(claims))}.`;

/** Answers the team's certs address with these keys; counts how often it was asked. */
export function serveCerts(keys: TestKey[]) {
  const real = globalThis.fetch;
  const asked = { count: 0 };
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url === `${teamDomain}/cdn-cgi/access/certs`) {
      asked.count++;
      return new Response(JSON.stringify({ keys: keys.map((k) => k.publicJwk), public_cert: { kid: keys[0]?.kid, cert: '' }, public_certs: [] }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }
    return real(input, init);
  });
  return asked;
}
