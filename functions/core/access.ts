/**
 * Staff sign-in through Cloudflare Access. Access sits in front of /staff/* and /api/staff/*
 * and sends each request with a signed JWT in `Cf-Access-Jwt-Assertion`; the Worker still
 * checks it itself (Access could be misconfigured, or the Worker reached another way):
 * RS256 only, signed by one of the team's keys, for this application (aud), from this team
 * (iss), in date, and for a person on the council's allow-list. Pure: keys come in through
 * `certs`, the time through `now`.
 */

export interface Jwk {
  kid?: string;
  kty: string;
  n?: string;
  e?: string;
  alg?: string;
}
export interface Jwks {
  keys: Jwk[];
}

export interface AccessConfig {
  /** The team's address, e.g. https://northbridge.cloudflareaccess.com (the tokens' issuer). */
  teamDomain: string;
  /** The Access application's audience tag. */
  audience: string;
  /** Who may come in: whole addresses, or "@domain" for anyone at that domain. */
  allowed: string[];
  /** Access service tokens (client ids) a case-management system may use. */
  serviceTokens?: string[];
}

export interface AccessDeps {
  /** The team's signing keys; `fresh` asks for them again (a key we do not know may be new). */
  certs: (url: string, fresh: boolean) => Promise<Jwks>;
  now: () => Date;
}

export type Staff = { who: string };
export type AccessResult = { ok: true; staff: Staff } | { ok: false; reason: string };

export const certsUrl = (teamDomain: string) => `${teamDomain.replace(/\/$/, '')}/cdn-cgi/access/certs`;

const fromBase64Url = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const decodeJson = (part: string): unknown => JSON.parse(new TextDecoder().decode(fromBase64Url(part)));

const refuse = (reason: string): AccessResult => ({ ok: false, reason });

/** Is this person (or service token) allowed in? Addresses are compared without letter case. */
export function isAllowed(email: string, allowed: string[]): boolean {
  const address = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(address)) return false;
  return allowed.some((entry) => {
    const rule = entry.trim().toLowerCase();
    return rule.startsWith('@') ? address.endsWith(rule) && address.length > rule.length : rule === address;
  });
}

/** Checks one token. Any doubt is a refusal; `reason` is for logs and tests, never shown with data. */
export async function verifyAccessToken(token: string | null | undefined, config: AccessConfig, deps: AccessDeps): Promise<AccessResult> {
  if (!token) return refuse('no token');
  if (!config.teamDomain || !config.audience) return refuse('access is not configured');
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return refuse('malformed token');
  const [head, body, signature] = parts as [string, string, string];
  let header: { alg?: unknown; kid?: unknown };
  let claims: Record<string, unknown>;
  try {
    header = decodeJson(head) as typeof header;
    claims = decodeJson(body) as typeof claims;
  } catch {
    return refuse('malformed token');
  }
  if (typeof header !== 'object' || header === null || typeof claims !== 'object' || claims === null) return refuse('malformed token');
  // Only RS256: never "none", and never HMAC (which would let the public key sign).
  if (header.alg !== 'RS256') return refuse(`algorithm ${String(header.alg)} is not accepted`);
  if (typeof header.kid !== 'string') return refuse('no key id');

  const url = certsUrl(config.teamDomain);
  let jwk = (await deps.certs(url, false)).keys.find((k) => k.kid === header.kid);
  jwk ??= (await deps.certs(url, true)).keys.find((k) => k.kid === header.kid);
  if (!jwk || jwk.kty !== 'RSA' || !jwk.n || !jwk.e) return refuse('unknown key');
  const key = await crypto.subtle.importKey('jwk', { kty: 'RSA', n: jwk.n, e: jwk.e, alg: 'RS256', ext: true }, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
  const signed = new TextEncoder().encode(`${head}.${body}`);
  if (!(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, fromBase64Url(signature), signed))) return refuse('bad signature');

  const now = deps.now().getTime() / 1000;
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(config.audience)) return refuse('wrong audience');
  if (claims.iss !== config.teamDomain.replace(/\/$/, '')) return refuse('wrong issuer');
  if (typeof claims.exp !== 'number' || claims.exp <= now) return refuse('expired');
  if (typeof claims.nbf === 'number' && claims.nbf > now + 30) return refuse('not yet valid');

  if (typeof claims.email === 'string' && claims.email) {
    return isAllowed(claims.email, config.allowed) ? { ok: true, staff: { who: claims.email.toLowerCase() } } : refuse('not on the allow-list');
  }
  // A service token (a case-management system): no email, its client id in common_name.
  if (typeof claims.common_name === 'string' && config.serviceTokens?.includes(claims.common_name)) {
    return { ok: true, staff: { who: `service:${claims.common_name}` } };
  }
  return refuse('not on the allow-list');
}

/**
 * Keys are cached for an hour, and fetched again at most once a minute when a token names
 * a key we do not have (Access rotates its keys).
 */
export function cachedCerts(fetchJson: (url: string) => Promise<unknown>, now: () => number = Date.now) {
  const cache = new Map<string, { at: number; jwks: Jwks }>();
  return async (url: string, fresh: boolean): Promise<Jwks> => {
    const held = cache.get(url);
    const age = held ? now() - held.at : Infinity;
    if (held && (fresh ? age < 60_000 : age < 3_600_000)) return held.jwks;
    const data = (await fetchJson(url)) as Partial<Jwks> | null;
    const jwks = { keys: Array.isArray(data?.keys) ? data.keys : [] };
    cache.set(url, { at: now(), jwks });
    return jwks;
  };
}

/** The token from the request: Access's header, or (only where the caller allows it) its cookie. */
export function tokenFrom(request: Request, cookieToo: boolean): string | null {
  const header = request.headers.get('Cf-Access-Jwt-Assertion');
  if (header) return header.trim();
  if (!cookieToo) return null;
  const cookie = /(?:^|;\s*)CF_Authorization=([^;]+)/.exec(request.headers.get('Cookie') ?? '');
  return cookie?.[1] ?? null;
}

const loopback = (host: string) => host === '127.0.0.1' || host === 'localhost' || host === '[::1]';

/**
 * The local issuer (npm start) is honoured only when all three hold: the dev-only switch is
 * on, the issuer is on this machine, and the request itself came to this machine. A deployed
 * Worker is reached by its own host name, so it never trusts a local issuer.
 */
export function localIssuerAllowed(request: Request, teamDomain: string, switchOn: string | undefined): boolean {
  if (switchOn !== 'true') return false;
  try {
    const issuer = new URL(teamDomain);
    return issuer.protocol === 'http:' && loopback(issuer.hostname) && loopback(new URL(request.url).hostname);
  } catch {
    return false;
  }
}

/** A team domain must be https, unless it is the local issuer allowed above. */
export function usableTeamDomain(request: Request, teamDomain: string | undefined, localSwitch: string | undefined): string | null {
  if (!teamDomain) return null;
  if (/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+\/?$/i.test(teamDomain)) return teamDomain.replace(/\/$/, '');
  return localIssuerAllowed(request, teamDomain, localSwitch) ? teamDomain.replace(/\/$/, '') : null;
}
