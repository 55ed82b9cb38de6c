/**
 * A local stand-in for Cloudflare Access, for `npm start` and the tests only (this machine has
 * no Access team). It speaks Access's side of the protocol: its keys at
 * /cdn-cgi/access/certs, RS256 tokens with the audience, issuer, email and expiry Access puts
 * in them, and a sign-in page that sets the CF_Authorization cookie as Access does. Its key
 * lives in .wrangler/local-issuer.json (never committed), so `npm run -s staff-token` can
 * sign a token for it. A deployed Worker never trusts it (see functions/core/access.ts).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { escapeMarkup } from '../site/escape-markup.ts';
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, type JsonWebKey } from 'node:crypto';

export const localAudience = 'local-dev';
export const defaultIssuerFile = '.wrangler/local-issuer.json';

interface IssuerFile {
  kid: string;
  privateJwk: JsonWebKey;
  /** Where the issuer last ran (the tokens' iss and the Worker's ACCESS_TEAM_DOMAIN). */
  url?: string;
}

function loadOrCreate(file: string): IssuerFile {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as IssuerFile;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const saved: IssuerFile = { kid: `local-${randomUUID().slice(0, 8)}`, privateJwk: privateKey.export({ format: 'jwk' }) };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(saved), { mode: 0o600 });
  return saved;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** A token as Access makes them, for `email`, valid for `seconds`. */
export function signLocalToken(file: string, email: string, seconds = 8 * 3600): string {
  const saved = loadOrCreate(file);
  if (!saved.url) throw new Error('The local issuer has not run yet: start the site with `npm start` first.');
  const now = Math.floor(Date.now() / 1000);
  const head = b64url(JSON.stringify({ alg: 'RS256', kid: saved.kid, typ: 'JWT' }));
  const body = b64url(JSON.stringify({ aud: [localAudience], email, exp: now + seconds, iat: now, nbf: now, iss: saved.url, type: 'app', sub: randomUUID() }));
  const signature = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), createPrivateKey({ key: saved.privateJwk, format: 'jwk' }));
  return `${head}.${body}.${b64url(signature)}`;
}

export interface LocalIssuer {
  url: string;
  close(): Promise<void>;
}


function signInPage(siteUrl: string, error = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in (local stand-in for Cloudflare Access)</title><link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5}label,input,button{display:block;font-size:1.1rem}input{width:100%;padding:.4rem;margin:.3rem 0 1rem;border:2px solid #0b0c0c}button{padding:.5rem 1rem;background:#00703c;color:#fff;border:0}.error{color:#d4351c;font-weight:bold}</style></head>
<body><main><h1>Sign in to the staff pages</h1>
<p>This is the local stand-in for Cloudflare Access, for trying the kit on this computer. A council's real sign-in is set up in Cloudflare Zero Trust.</p>
${error ? `<p class="error" role="alert">${escapeMarkup(error)}</p>` : ''}
<form method="post" action="/sign-in"><input type="hidden" name="site" value="${escapeMarkup(siteUrl)}">
<label for="email">Work email address</label><input id="email" name="email" type="email" autocomplete="email" spellcheck="false" required>
<button type="submit">Sign in</button></form></main></body></html>`;
}

/**
 * Starts the issuer on 127.0.0.1 (a free port unless one is given) for the site at `siteUrl`.
 * Signing in sets CF_Authorization for 127.0.0.1 (cookies do not keep ports apart, as Access's
 * cookie covers the whole application) and goes to the site's /staff/.
 */
export async function startLocalIssuer(options: { siteUrl: string; port?: number; file?: string }): Promise<LocalIssuer> {
  const file = options.file ?? defaultIssuerFile;
  const saved = loadOrCreate(file);
  const publicJwk = createPublicKey({ key: saved.privateJwk, format: 'jwk' }).export({ format: 'jwk' });
  let url = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method === 'GET' && path === '/cdn-cgi/access/certs') {
      const jwks = { keys: [{ ...publicJwk, kid: saved.kid, alg: 'RS256', use: 'sig' }], public_cert: { kid: saved.kid }, public_certs: [] };
      return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(jwks));
    }
    if (req.method === 'GET' && (path === '/' || path === '/sign-in')) {
      return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(signInPage(options.siteUrl));
    }
    if (req.method === 'POST' && path === '/sign-in') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const email = (new URLSearchParams(body).get('email') ?? '').trim();
        if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
          return res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' }).end(signInPage(options.siteUrl, 'Enter a work email address, like duty.manager@northbridge.example'));
        }
        const token = signLocalToken(file, email);
        res.writeHead(303, { 'Set-Cookie': `CF_Authorization=${token}; Path=/; HttpOnly; SameSite=Lax`, Location: `${options.siteUrl.replace(/\/$/, '')}/staff/` }).end();
      });
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  writeFileSync(file, JSON.stringify({ ...saved, url }), { mode: 0o600 });
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
