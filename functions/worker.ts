/**
 * The Cloudflare Worker: a thin shell. Static pages are served from dist/ by Workers
 * static assets (headers from dist/_headers); only /api/* and /openreferral/* run this code first.
 */
import { handleApi, handleOpenReferral } from './core/router.ts';
import { problem } from './core/http.ts';
import { newReference } from './core/reference.ts';
import { d1Healthy, d1RequestStore } from './d1-store.ts';

export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === '/openreferral' || pathname.startsWith('/openreferral/')) return openReferral(request, env);
    if (!pathname.startsWith('/api/')) return env.ASSETS.fetch(request);
    try {
      return await handleApi(request, {
        store: d1RequestStore(env.DB),
        newReference: () => newReference(),
        now: () => new Date(),
        databaseHealthy: () => d1Healthy(env.DB),
      });
    } catch (error) {
      // No request content in logs: only the kind of failure.
      console.error('api failure', error instanceof Error ? error.name : 'unknown');
      return problem(503, 'unavailable', 'Sorry, we could not take your request just now. Nothing was saved. Try again in a minute, or phone us.', { 'Retry-After': '60' });
    }
  },
} satisfies ExportedHandler<Env>;

/** The ORUK API, from the JSON the build wrote into dist/ (read through ASSETS, never public as is). */
async function openReferral(request: Request, env: Env): Promise<Response> {
  try {
    return await handleOpenReferral(request, {
      services: async () => {
        const res = await env.ASSETS.fetch(new URL('/openreferral/data/services.json', request.url));
        if (!res.ok) throw new Error(`services.json: ${res.status}`);
        return res.json();
      },
    });
  } catch (error) {
    console.error('openreferral failure', error instanceof Error ? error.message : 'unknown');
    return problem(503, 'unavailable', 'The directory data could not be read just now. Try again in a minute.', { 'Retry-After': '60' });
  }
}
