import { describe, expect, inject, it } from 'vitest';

const base = inject('siteUrl');

const required = {
  'strict-transport-security': /max-age=\d{7,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'permissions-policy': /camera=\(\)/,
};

describe('security headers on every response, static or /api', () => {
  for (const [path, status] of [
    ['/', 200], ['/ar/worried/', 200], ['/pl/search/', 200], ['/_astro/', 404], ['/no-such-page/', 404],
    ['/api/health', 200], ['/api/nope', 404],
  ] as const) {
    it(`${path} (${status})`, async () => {
      const res = await fetch(base + path);
      expect(res.status).toBe(status);
      for (const [name, pattern] of Object.entries(required)) expect(res.headers.get(name), name).toMatch(pattern);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(scriptSrc).not.toContain("'unsafe-eval'");
    });
  }

  it('lets only the search pages compile WebAssembly (Pagefind)', async () => {
    expect((await fetch(`${base}/pl/search/`)).headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
    expect((await fetch(`${base}/pl/`)).headers.get('content-security-policy')).not.toContain('wasm');
  });

  it('does not serve the headers file itself', async () => {
    expect((await fetch(`${base}/_headers`)).status).toBe(404);
  });

  it('sets no cookies', async () => {
    for (const path of ['/', '/api/health']) expect((await fetch(base + path)).headers.get('set-cookie')).toBeNull();
  });
});
