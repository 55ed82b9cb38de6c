/**
 * The Cloudflare Worker: a thin shell. Static pages are served from dist/ by Workers
 * static assets (headers from dist/_headers); only /api/* runs this code first.
 */
import { handleApi } from './core/router.ts';
import { problem } from './core/http.ts';
import { newReference } from './core/reference.ts';
import { keyringFrom, type Keyring } from './core/seal.ts';
import { newStatusCode } from './core/status-code.ts';
import { d1Healthy, d1RequestStore, d1StatusStore } from './d1-store.ts';

export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  /** Secret: AES-GCM keys for requests at rest, "id:base64key" newest first (see README). */
  REQUEST_KEYS: string;
  /** Submissions allowed per client per minute (default 10). */
  RATE_LIMIT_PER_MINUTE?: string;
  /** Secret: the bearer token staff tools use to set a request's status. */
  STAFF_TOKEN?: string;
}

let keyring: Promise<Keyring> | undefined;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith('/api/')) return env.ASSETS.fetch(request);
    try {
      return await handleApi(request, {
        store: d1RequestStore(env.DB),
        keyring: () => (keyring ??= keyringFrom(env.REQUEST_KEYS)),
        newReference: () => newReference(),
        newStatusCode: () => newStatusCode(),
        rateLimit: Number(env.RATE_LIMIT_PER_MINUTE ?? 10),
        now: () => new Date(),
        databaseHealthy: () => d1Healthy(env.DB),
        statusStore: d1StatusStore(env.DB),
        staffToken: env.STAFF_TOKEN,
      });
    } catch (error) {
      // No request content in logs: only the kind of failure.
      console.error('api failure', error instanceof Error ? error.name : 'unknown');
      return problem(503, 'unavailable', 'Sorry, we could not take your request just now. Nothing was saved. Try again in a minute, or phone us.', { 'Retry-After': '60' });
    }
  },
} satisfies ExportedHandler<Env>;
