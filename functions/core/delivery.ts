/**
 * The delivery rules, with no Cloudflare in them: where a new request goes, and what each
 * channel sends. The Worker's shell maps its settings into a DeliverySettings and hands in the
 * senders (Notify, the webhook) and the stores; tests hand in ones that keep everything in memory.
 *   family-help-point  an email to the Family Help Point's inbox with the request's details
 *   case-management    a signed POST of the request to the council's case-management system
 *   sender             "we have your request" to a sender who asked for it and said it is safe
 *   sender-update      "there is an update" to that sender after a decision (never the decision)
 */
import { wantsConfirmation, type FamilyHelpRequest } from '../../src/request/schema.ts';
import { drainOutbox, type DrainResult, type OutboxRow, type OutboxStore } from './deliver.ts';
import type { NotifyEmail } from './notify.ts';

export type Channel = 'family-help-point' | 'case-management' | 'sender' | 'sender-update';

export interface DeliverySettings {
  notify?: {
    apiKey?: string;
    baseUrl: string;
    fhpEmail?: string;
    templates: { request?: string; confirmation?: string; update?: string };
  };
  webhook?: { url?: string; secret?: string };
}

/** What a delivery needs of a stored request: its open (unsealed) details are read only here. */
export interface StoredRequest {
  reference: string;
  kind: string;
  language: string;
  receivedAt: string;
  /** The request's details, unsealed for this delivery only (JSON). */
  details: () => Promise<string>;
}

export interface DeliveryDeps {
  settings: DeliverySettings;
  request: (reference: string) => Promise<StoredRequest | undefined>;
  sendEmail: (apiKey: string, email: NotifyEmail) => Promise<unknown>;
  postToWebhook: (url: string, secret: string, reference: string, payload: unknown) => Promise<void>;
}

/** Where each new request is delivered: always the inbox; a case-management system if one is set; the sender if they asked and it is safe. */
export function channelsFor(settings: DeliverySettings, accepted: FamilyHelpRequest): Channel[] {
  return [
    'family-help-point',
    ...(settings.webhook?.url ? (['case-management'] as const) : []),
    ...(settings.notify?.templates.confirmation && wantsConfirmation(accepted) ? (['sender'] as const) : []),
  ];
}

/** The request as lines of "field: value" for the Family Help Point's email (the spam trap left out). */
export function formatDetails(json: string): string {
  return Object.entries(JSON.parse(json) as Record<string, unknown>)
    .filter(([key]) => key !== 'website')
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('\n');
}

/** Sends one outbox row; throws (and the outbox retries later) when it cannot be delivered now. */
export async function deliverRow(deps: DeliveryDeps, row: OutboxRow): Promise<void> {
  const stored = await deps.request(row.reference);
  if (!stored) throw new Error('request not found');
  const { notify, webhook } = deps.settings;
  if (row.channel === 'case-management') {
    if (!webhook?.url || !webhook.secret) throw new Error('webhook is not configured');
    const { reference, kind, language, receivedAt } = stored;
    return deps.postToWebhook(webhook.url, webhook.secret, reference, { reference, kind, language, receivedAt, details: JSON.parse(await stored.details()) });
  }
  if (!notify?.apiKey || !notify.templates.request || !notify.fhpEmail) throw new Error('Notify is not configured');
  if (row.channel === 'sender' || row.channel === 'sender-update') {
    // Only the reference: the email says we have the request (or that there is an update), never what it says.
    const { email } = JSON.parse(await stored.details()) as { email?: string };
    const templateId = row.channel === 'sender' ? notify.templates.confirmation : notify.templates.update;
    if (!email || !templateId) throw new Error('no sender address or template');
    await deps.sendEmail(notify.apiKey, { to: email, templateId, reference: `${stored.reference}-${row.channel}`, personalisation: { reference: stored.reference } });
    return;
  }
  if (row.channel !== 'family-help-point') throw new Error(`unknown channel ${row.channel}`);
  await deps.sendEmail(notify.apiKey, {
    to: notify.fhpEmail,
    templateId: notify.templates.request,
    reference: stored.reference,
    personalisation: { reference: stored.reference, kind: stored.kind, language: stored.language, received: stored.receivedAt, details: formatDetails(await stored.details()) },
  });
}

/** One run of the outbox: every due row tried once, with the retry rules of deliver.ts. */
export function deliverDue(deps: DeliveryDeps, outbox: OutboxStore, now: Date): Promise<DrainResult> {
  return drainOutbox(outbox, (row) => deliverRow(deps, row), now);
}
