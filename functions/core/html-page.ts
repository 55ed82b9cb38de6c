import { inlineSources, pageCsp, securityHeaders } from '../../src/site/security-headers.ts';

/**
 * A page the Worker puts together, with the same strict policy as the static pages: the
 * page's own few inline scripts and styles are allowed by their hashes, nothing else inline.
 */
export async function htmlPage(html: string, status: number, cacheControl: string): Promise<Response> {
  const inline = inlineSources(html);
  const csp = pageCsp({ scriptHashes: await Promise.all(inline.scripts.map(sha256)), styleHashes: await Promise.all(inline.styles.map(sha256)) });
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': cacheControl, ...securityHeaders(csp) },
  });
}

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}
