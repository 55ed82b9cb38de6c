/**
 * The Cloudflare Worker: a thin shell. Static pages are served from dist/ by Workers
 * static assets (headers from dist/_headers); /api/*, /openreferral/*, /staff/* and the service
 * pages (/services/* in every language: core/service-pages.ts) run this code first.
 */
import { handleApi, handleOpenReferral } from './core/router.ts';
import { problem } from './core/http.ts';
import { newReference } from './core/reference.ts';
import { keyringFrom, type Keyring } from './core/seal.ts';
import { clientKeysFrom, type ClientKeys } from './core/client-key.ts';
import { newStatusCode } from './core/status-code.ts';
import { d1Healthy, d1OutboxStore, d1RequestStore, d1RetentionStore, d1SealedRequest, d1StatusStore } from './d1-store.ts';
import { applyRetention } from './core/retention.ts';
import { channelsFor, deliverDue, type DeliverySettings } from './core/delivery.ts';
import { sendEmail } from './core/notify.ts';
import { unseal } from './core/seal.ts';
import { postToWebhook } from './core/webhook.ts';
import { isStaffPath, staff, type StaffEnv } from './staff-shell.ts';
import { servicePageAnswer } from './core/service-pages.ts';

export interface Env extends StaffEnv {
  DB: D1Database;
  ASSETS: Fetcher;
  /** Secret: AES-GCM keys for requests at rest, "id:base64key" newest first (see README). */
  REQUEST_KEYS: string;
  /** Secret: HMAC keys for the per-client rate-limit counts, "id:base64key" newest first (see README). */
  RATE_LIMIT_KEYS: string;
  /** Submissions allowed per client per minute (default 10). */
  RATE_LIMIT_PER_MINUTE?: string;
  /** GOV.UK Notify: API key (secret), template for a new request, the Family Help Point's inbox. */
  NOTIFY_API_KEY?: string;
  NOTIFY_TEMPLATE_REQUEST?: string;
  NOTIFY_FHP_EMAIL?: string;
  /** Optional: the template of the "we have your request" email to a sender who asked for one. */
  NOTIFY_TEMPLATE_CONFIRMATION?: string;
  /** Only for tests against a local stand-in; Notify's own address otherwise. */
  NOTIFY_BASE_URL?: string;
  /** Optional case-management webhook and the secret its posts are signed with. */
  CASE_WEBHOOK_URL?: string;
  CASE_WEBHOOK_SECRET?: string;
  /** Days a request is kept after it was delivered (default 30). */
  RETENTION_DAYS?: string;
}

let keyring: Promise<Keyring> | undefined;
let clientKeys: Promise<ClientKeys> | undefined;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === '/openreferral' || pathname.startsWith('/openreferral/')) return openReferral(request, env);
    if (isStaffPath(pathname)) return staff(request, env, () => (keyring ??= keyringFrom(env.REQUEST_KEYS)));
    if (!pathname.startsWith('/api/')) {
      const servicePage = await servicePageAnswer(request, { asset: (path) => env.ASSETS.fetch(new URL(path, request.url)) });
      return servicePage ?? env.ASSETS.fetch(request);
    }
    try {
      return await handleApi(request, {
        store: d1RequestStore(env.DB),
        channelsFor: (accepted) => channelsFor(deliverySettings(env), accepted),
        asset: (path) => env.ASSETS.fetch(new URL(path, request.url)),
        keyring: () => (keyring ??= keyringFrom(env.REQUEST_KEYS)),
        clientKeys: () => (clientKeys ??= clientKeysFrom(env.RATE_LIMIT_KEYS)),
        newReference: () => newReference(),
        newStatusCode: () => newStatusCode(),
        rateLimit: Number(env.RATE_LIMIT_PER_MINUTE ?? 10),
        now: () => new Date(),
        databaseHealthy: () => d1Healthy(env.DB),
        statusStore: d1StatusStore(env.DB),
      });
    } catch (error) {
      // No request content in logs: only the kind of failure.
      console.error('api failure', error instanceof Error ? error.name : 'unknown');
      return problem(503, 'unavailable', 'Sorry, we could not take your request just now. Nothing was saved. Try again in a minute, or phone us.', { 'Retry-After': '60' });
    }
  },

  /** Every few minutes: deliver what the outbox holds (rules in core/delivery.ts), then apply retention. */
  async scheduled(controller: ScheduledController, env: Env): Promise<void> {
    const now = new Date(controller.scheduledTime);
    const ring = await (keyring ??= keyringFrom(env.REQUEST_KEYS));
    const settings = deliverySettings(env);
    const result = await deliverDue({
      settings,
      request: async (reference) => {
        const stored = await d1SealedRequest(env.DB, reference);
        return stored ? { ...stored, details: () => unseal(ring, stored.keyId, stored.sealed, stored.reference) } : undefined;
      },
      sendEmail: (apiKey, email) => sendEmail(settings.notify!.baseUrl, apiKey, email),
      postToWebhook: (url, secret, reference, payload) => postToWebhook(url, secret, reference, payload),
    }, d1OutboxStore(env.DB), now);
    const purged = await applyRetention(d1RetentionStore(env.DB), now, Number(env.RETENTION_DAYS ?? 30));
    console.log(`outbox: ${result.sent} sent, ${result.retried} to retry, ${result.dead} dead; ${purged} purged`);
  },
} satisfies ExportedHandler<Env>;

/** The Worker's settings, as the delivery rules read them. */
function deliverySettings(env: Env): DeliverySettings {
  return {
    notify: {
      apiKey: env.NOTIFY_API_KEY,
      baseUrl: env.NOTIFY_BASE_URL ?? 'https://api.notifications.service.gov.uk',
      fhpEmail: env.NOTIFY_FHP_EMAIL,
      templates: { request: env.NOTIFY_TEMPLATE_REQUEST, confirmation: env.NOTIFY_TEMPLATE_CONFIRMATION, update: env.NOTIFY_TEMPLATE_UPDATE },
    },
    webhook: { url: env.CASE_WEBHOOK_URL, secret: env.CASE_WEBHOOK_SECRET },
  };
}

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
