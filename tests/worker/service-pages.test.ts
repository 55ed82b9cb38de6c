/**
 * Service pages, put together by the Worker from the built site's shells and parts files
 * (src/directory/service-pages.ts), in the Workers runtime with the built site as its assets.
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { inlineSources } from '../../src/site/security-headers.ts';

const worker = (exports as unknown as { default: Fetcher }).default;
const origin = 'http://localhost';
const get = (path: string, init?: RequestInit) => worker.fetch(`${origin}${path}`, { redirect: 'manual', ...init });
const locales = ['en', 'pl', 'ro', 'uk', 'ar', 'ur'];
const prefix = (code: string) => (code === 'en' ? '' : `/${code}`);

type Finder = { services: { url: string; title: string }[] };
async function services(code: string) {
  return ((await (await get(`${prefix(code)}/services/finder.json`)).json()) as Finder).services;
}
async function sha256(text: string) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}
const decode = (html: string) => html.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('a service page', () => {
  it('is a whole page in every language: its name, its own addresses, no markers left, and the policy allows its own inline scripts', async () => {
    for (const code of locales) {
      const listed = await services(code);
      expect(listed.length, code).toBeGreaterThan(10);
      for (const service of [listed[0]!, listed.at(-1)!]) {
        const res = await get(service.url);
        expect(res.status, service.url).toBe(200);
        expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
        const html = await res.text();
        const id = /\/services\/([^/]+)\/$/.exec(service.url)![1]!;
        expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${code}"`, 'i'));
        expect(decode(/<title>([^<]*)<\/title>/.exec(html)![1]!)).toContain(service.title);
        expect(decode(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)![1]!)).toBe(service.title);
        expect(html).not.toMatch(/fhp-service-(id|title|description)|<!--\/?fhp:service-->|<template data-service/);
        // Its own canonical address, and the same service in every other language.
        expect(html).toContain(`<link rel="canonical" href="https://`);
        expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${service.url}"`));
        for (const other of locales) expect(html, other).toContain(`hreflang="${other}" href="`);
        expect([...html.matchAll(/hreflang="[^"]+" href="([^"]+)"/g)].every((m) => m[1]!.endsWith(`/services/${id}/`))).toBe(true);
        const csp = res.headers.get('Content-Security-Policy')!;
        expect(csp).not.toContain('unsafe-inline');
        const scripts = inlineSources(html).scripts;
        expect(scripts.length).toBeGreaterThan(0);
        for (const script of scripts) expect(csp).toContain(await sha256(script));
        expect(res.headers.get('X-Frame-Options')).toBe('DENY');
      }
    }
  });

  it('answers again with 304 to a browser that has it already, and no two pages share a tag', async () => {
    const [first, second] = await services('pl');
    const tag = (await get(first!.url)).headers.get('ETag')!;
    expect(tag).toMatch(/^"[^"]+"$/);
    expect((await get(second!.url)).headers.get('ETag')).not.toBe(tag);
    const again = await get(first!.url, { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get(second!.url, { headers: { 'If-None-Match': tag } })).status).toBe(200);
  });

  it('is answered at its address without the last slash by a redirect to it, as static pages are', async () => {
    const [service] = await services('pl');
    const res = await get(service!.url.slice(0, -1));
    expect(res.status).toBe(308);
    expect(res.headers.get('Location')).toBe(service!.url);
  });

  it('of a service the directory does not have is the language\'s own "page not found", and so are the shells and parts files', async () => {
    const [service] = await services('en');
    const id = /\/services\/([^/]+)\/$/.exec(service!.url)![1]!;
    // English has no prefix: /en/services/<id>/ is not a second copy of the English page; nor is a language the site does not offer.
    for (const path of [`/en/services/${id}/`, `/zz/services/${id}/`, `/zz/services/${id}`]) expect((await get(path)).status, path).toBe(404);
    for (const path of ['/services/00000000-0000-4000-8000-000000000000/', '/ar/services/00000000-0000-4000-8000-000000000000/', '/services/parts/00/', '/pl/services/page-shell/', '/services/page-shell/']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toMatch(new RegExp(`<html lang="${path.startsWith('/ar/') ? 'ar' : path.startsWith('/pl/') ? 'pl' : 'en'}"`));
      expect(html).not.toContain('<template data-service');
    }
  });

  it('leaves every other address under /services/ to the built files', async () => {
    for (const path of ['/services/', '/pl/services/a-z/a/', '/services/shortlist/']) expect((await get(path)).status, path).toBe(200);
    expect((await get('/services/no-such-page/')).status).toBe(404);
  });

  it('takes only GET and HEAD', async () => {
    const [service] = await services('en');
    expect((await get(service!.url, { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await get(service!.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await head.text()).toBe('');
  });
});
