import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimsFor, newKey, serveCerts, signHs256WithPublicKey, signRs256, staffEmail, unsigned, type TestKey } from './staff-support.ts';

const worker = (exports as unknown as { default: Fetcher }).default;
const origin = 'http://localhost';

let key: TestKey;
let stranger: TestKey;
let certs: { count: number };
beforeAll(async () => {
  key = await newKey('team-key-2026');
  stranger = await newKey('not-the-teams');
  certs = serveCerts([key]);
});

const asStaff = (token: string | null, path = '/api/staff/requests') =>
  worker.fetch(`${origin}${path}`, { headers: token === null ? {} : { 'Cf-Access-Jwt-Assertion': token } });

async function expectRefused(res: Response) {
  expect(res.status).toBe(403);
  expect(res.headers.get('Cache-Control')).toBe('no-store');
  const text = await res.text();
  expect(text).not.toContain('requests":[');
  expect(text).not.toContain('FHP-');
}

describe('staff sign-in through Cloudflare Access', () => {
  it('lets in a member of staff with a valid token, and the answer is never cached', async () => {
    const res = await asStaff(await signRs256(key, claimsFor()));
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toHaveProperty('requests');
  });

  it('takes the address in any letter case, and a token with a single audience string', async () => {
    expect((await asStaff(await signRs256(key, claimsFor('Duty.Manager@NorthBridge.example', { aud: 'test-audience-tag' })))).status).toBe(200);
  });

  it('refuses a request with no token', async () => {
    await expectRefused(await asStaff(null));
  });

  it('refuses an expired token', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    await expectRefused(await asStaff(await signRs256(key, claimsFor(staffEmail, { exp: past, iat: past - 600, nbf: past - 600 }))));
  });

  it('refuses a token that is not valid yet', async () => {
    const later = Math.floor(Date.now() / 1000) + 3600;
    await expectRefused(await asStaff(await signRs256(key, claimsFor(staffEmail, { nbf: later, exp: later + 600 }))));
  });

  it('refuses a token for another Access application (wrong audience)', async () => {
    await expectRefused(await asStaff(await signRs256(key, claimsFor(staffEmail, { aud: ['another-apps-tag'] }))));
  });

  it('refuses a token from another team (wrong issuer)', async () => {
    await expectRefused(await asStaff(await signRs256(key, claimsFor(staffEmail, { iss: 'https://someone-else.cloudflareaccess.com' }))));
  });

  it('refuses an unsigned token (alg none)', async () => {
    await expectRefused(await asStaff(unsigned(claimsFor(), key.kid)));
    await expectRefused(await asStaff(unsigned(claimsFor(), key.kid).slice(0, -1) + '.AAAA'));
  });

  it('refuses an HS256 token signed with the team’s public key', async () => {
    await expectRefused(await asStaff(await signHs256WithPublicKey(key, claimsFor())));
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const token = await signRs256(key, claimsFor('someone@gmail.example'));
    const [head, , signature] = token.split('.');
    const forged = btoa(JSON.stringify(claimsFor())).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    await expectRefused(await asStaff(`${head}.${forged}.${signature}`));
  });

  it('refuses a token signed by a key the team does not have, and asks Access for new keys only once a minute', async () => {
    const before = certs.count;
    await expectRefused(await asStaff(await signRs256(stranger, claimsFor())));
    await expectRefused(await asStaff(await signRs256(stranger, claimsFor(), { kid: 'team-key-2026' })));
    await expectRefused(await asStaff(await signRs256(stranger, claimsFor())));
    expect(certs.count - before).toBeLessThanOrEqual(1);
  });

  it('refuses someone signed in whose address is not on the allow-list', async () => {
    await expectRefused(await asStaff(await signRs256(key, claimsFor('someone@gmail.example'))));
    await expectRefused(await asStaff(await signRs256(key, claimsFor('duty.manager@northbridge.example.evil.example'))));
    await expectRefused(await asStaff(await signRs256(key, claimsFor(''))));
  });

  it('refuses garbage', async () => {
    for (const junk of ['', 'a.b', 'a.b.c', '...', 'x'.repeat(5000), 'eyJhbGciOiJSUzI1NiJ9.e30.']) await expectRefused(await asStaff(junk));
  });

  it('guards every staff address: the pages, each request, decisions and insight', async () => {
    for (const path of ['/staff/', '/staff/insight/', '/staff/requests/FHP-2222-3333', '/api/staff/requests/FHP-2222-3333', '/api/staff/insight', '/api/staff/insight?format=csv']) {
      await expectRefused(await asStaff(null, path));
    }
    const post = await worker.fetch(`${origin}/api/staff/requests/FHP-2222-3333/decision`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"outcome":"family-help","reason":"x"}' });
    await expectRefused(post);
  });

  it('serves the staff pages to staff, not cached', async () => {
    const res = await asStaff(await signRs256(key, claimsFor()), '/staff/');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.text()).toContain('<html');
  });

  it('ignores the Access cookie on a deployed Worker (only the local issuer may use it)', async () => {
    const token = await signRs256(key, claimsFor());
    await expectRefused(await worker.fetch(`${origin}/api/staff/requests`, { headers: { Cookie: `CF_Authorization=${token}` } }));
  });
});

describe('the local issuer (npm start) can never be trusted by a deployed Worker', () => {
  const local = 'http://127.0.0.1:45123';
  const at = (url: string) => new Request(url);
  it('is honoured only with the dev switch, an issuer on this machine, and a request to this machine', async () => {
    const { usableTeamDomain } = await import('../../functions/core/access.ts');
    expect(usableTeamDomain(at('http://127.0.0.1:8787/staff/'), local, 'true')).toBe(local);
    expect(usableTeamDomain(at('https://familyhelp.northbridge.example/staff/'), local, 'true')).toBeNull();
    expect(usableTeamDomain(at('http://127.0.0.1:8787/staff/'), local, undefined)).toBeNull();
    expect(usableTeamDomain(at('http://127.0.0.1:8787/staff/'), 'http://issuer.example.com', 'true')).toBeNull();
    expect(usableTeamDomain(at('https://familyhelp.northbridge.example/'), 'https://northbridge.cloudflareaccess.com/', undefined)).toBe('https://northbridge.cloudflareaccess.com');
    expect(usableTeamDomain(at('https://familyhelp.northbridge.example/'), 'http://northbridge.cloudflareaccess.com', undefined)).toBeNull();
  });
});
