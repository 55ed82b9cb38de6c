import { describe, expect, inject, it } from 'vitest';

const base = inject('siteUrl');

describe('the files every site is asked for, as served', () => {
  it('/robots.txt keeps search engines out of the demo', async () => {
    const res = await fetch(`${base}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(/^User-agent: \*\nDisallow: \/$/m);
  });

  it('/.well-known/security.txt says who to tell about a security problem, and until when', async () => {
    const res = await fetch(`${base}/.well-known/security.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^Contact: mailto:\S+@\S+$/m);
    const expires = /^Expires: (\S+)$/m.exec(text)?.[1];
    expect(Date.parse(expires!)).toBeGreaterThan(Date.now());
  });

  it('/favicon.ico (asked for by browsers whatever the page says) and the brand-coloured /favicon.svg', async () => {
    const ico = await fetch(`${base}/favicon.ico`);
    expect(ico.status).toBe(200);
    const bytes = new Uint8Array(await ico.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]); // an icon file
    const svg = await fetch(`${base}/favicon.svg`);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });
});
