/**
 * Security headers for every response, static or /api. One module, used by the build
 * (dist/_headers for static files) and by the Worker (for /api responses).
 */

export interface PageCspOptions {
  /** sha256 sources ('sha256-…') of inline <script> elements the pages carry. */
  scriptHashes: string[];
  /** sha256 sources of inline <style> elements. */
  styleHashes: string[];
  /** Pagefind compiles WebAssembly: allowed only on the search pages. */
  allowWasm?: boolean;
}

export function pageCsp({ scriptHashes, styleHashes, allowWasm = false }: PageCspOptions): string {
  const quote = (h: string) => `'${h}'`;
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...(allowWasm ? ["'wasm-unsafe-eval'"] : []), ...scriptHashes.map(quote)].join(' '),
    ['style-src', "'self'", ...styleHashes.map(quote)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The editor at /admin/ only (Sveltia CMS). Its script still comes only from this site. It
 * needs what a rich editor in the browser needs: inline styles (it styles its own
 * components), blob: and data: URLs for file previews and images it reads from the local
 * folder or the repository, and, when signed in, the GitHub API where the content lives.
 * None of this reaches the public pages.
 */
export function adminCsp(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob: data: https://api.github.com",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The API's JSON answers. (The pages the Worker answers forms with get pageCsp, with their own hashes.) */
export const apiCsp = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** The text of every inline <script> and <style> in a page: what its policy must allow by hash. */
export function inlineSources(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = m[1] ?? '';
    if (/\bsrc\s*=/.test(attributes) || /type\s*=\s*"?application\/(ld\+)?json/.test(attributes)) continue;
    scripts.push(m[2] ?? '');
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.push(m[1] ?? '');
  return { scripts, styles };
}
