/**
 * The delivery rules (functions/core/delivery.ts) over in-memory stores and senders: where a
 * request goes, what each email and post carries, and what happens when a channel fails.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelsFor, deliverDue, type DeliveryDeps, type DeliverySettings } from '../../functions/core/delivery.ts';
import type { OutboxRow, OutboxStore } from '../../functions/core/deliver.ts';
import type { NotifyEmail } from '../../functions/core/notify.ts';
import { requestSchema, type FamilyHelpRequest } from '../../src/request/schema.ts';
import { namedConcern, validAskForHelp, validConcern, validProfessional } from '../fixtures/requests.ts';

const settings: DeliverySettings = {
  notify: { apiKey: 'key', baseUrl: 'http://notify.test', fhpEmail: 'fhp@council.example', templates: { request: 'tpl-request', confirmation: 'tpl-confirm', update: 'tpl-update' } },
  webhook: { url: 'https://cases.council.example/hook', secret: 'hook-secret' },
};
/** A request as the Worker accepts it (checked by the one schema). */
const request = (raw: object) => requestSchema.parse(raw) as FamilyHelpRequest;
const professionalWantingEmails = request({ ...validProfessional, confirmByEmail: 'yes' });

/** An outbox that lives in memory, as D1 holds it: due rows, sent, retried with a time, dead. */
function memoryOutbox(rows: { reference: string; channel: string }[]) {
  const state = rows.map((r, i) => ({ id: i + 1, ...r, attempts: 0, next: '', status: 'pending' as 'pending' | 'sent' | 'dead' }));
  const store: OutboxStore = {
    due: async (now) => state.filter((r) => r.status === 'pending' && r.next <= now).map(({ id, reference, channel, attempts }) => ({ id, reference, channel, attempts })),
    markSent: async (id) => void (state.find((r) => r.id === id)!.status = 'sent'),
    markRetry: async (id, attempts, next) => void Object.assign(state.find((r) => r.id === id)!, { attempts, next }),
    markDead: async (id, attempts) => void Object.assign(state.find((r) => r.id === id)!, { attempts, status: 'dead' }),
  };
  return { store, state };
}

function deps(stored: Record<string, object>, failing = new Set<string>()) {
  const emails: NotifyEmail[] = [];
  const posts: { url: string; reference: string; payload: unknown }[] = [];
  const opened: string[] = [];
  const d: DeliveryDeps = {
    settings,
    request: async (reference) =>
      stored[reference] && {
        reference, kind: (stored[reference] as { kind: string }).kind, language: 'pl', receivedAt: '2026-12-01T09:00:00.000Z',
        details: async () => (opened.push(reference), JSON.stringify(stored[reference])),
      },
    sendEmail: async (_key, email) => {
      if (failing.has(email.to)) throw new Error('Notify answered 500');
      emails.push(email);
    },
    postToWebhook: async (url, _secret, reference, payload) => {
      if (failing.has(url)) throw new Error('webhook answered 502');
      posts.push({ url, reference, payload });
    },
  };
  return { d, emails, posts, opened };
}

afterEach(() => vi.restoreAllMocks());

describe('where a new request goes', () => {
  it('always to the Family Help Point; to case management when it is set; to the sender only if they asked and email is safe', () => {
    expect(channelsFor(settings, request(validConcern))).toEqual(['family-help-point', 'case-management']);
    expect(channelsFor(settings, professionalWantingEmails)).toEqual(['family-help-point', 'case-management', 'sender']);
    expect(channelsFor({ notify: settings.notify }, professionalWantingEmails)).toEqual(['family-help-point', 'sender']);
    expect(channelsFor({ ...settings, notify: { ...settings.notify!, templates: { request: 'tpl-request' } } }, professionalWantingEmails)).toEqual(['family-help-point', 'case-management']);
    // A parent who did not say email is a safe way to reach them gets nothing, whatever else they typed.
    expect(channelsFor(settings, request({ ...validAskForHelp, email: 'sam@example.org', confirmByEmail: 'yes' }))).not.toContain('sender');
  });
});

describe('what each channel sends', () => {
  const concern = namedConcern('Jo Neighbour', 'jo@example.org', 'A toddler is often alone on the balcony.');

  it("the Family Help Point's email has the details; the sender's only the reference, never what they told us", async () => {
    const { store } = memoryOutbox([{ reference: 'NB-1', channel: 'family-help-point' }, { reference: 'NB-2', channel: 'sender' }, { reference: 'NB-2', channel: 'sender-update' }]);
    const { d, emails } = deps({ 'NB-1': { ...concern, website: 'spam trap' }, 'NB-2': { ...validProfessional, confirmByEmail: 'yes' } });
    expect(await deliverDue(d, store, new Date('2026-12-01T10:00:00Z'))).toEqual({ sent: 3, retried: 0, dead: 0 });
    const [inbox, received, update] = emails;
    expect(inbox).toMatchObject({ to: 'fhp@council.example', templateId: 'tpl-request', reference: 'NB-1' });
    expect(inbox!.personalisation.details).toContain('concern: A toddler is often alone on the balcony.');
    expect(inbox!.personalisation.details).not.toContain('spam trap');
    expect(received).toEqual({ to: 'pat@school.example', templateId: 'tpl-confirm', reference: 'NB-2-sender', personalisation: { reference: 'NB-2' } });
    expect(update).toEqual({ to: 'pat@school.example', templateId: 'tpl-update', reference: 'NB-2-sender-update', personalisation: { reference: 'NB-2' } });
  });

  it('case management gets the whole request, to the address set', async () => {
    const { store } = memoryOutbox([{ reference: 'NB-3', channel: 'case-management' }]);
    const { d, posts } = deps({ 'NB-3': validProfessional });
    await deliverDue(d, store, new Date('2026-12-01T10:00:00Z'));
    expect(posts).toEqual([{ url: settings.webhook!.url, reference: 'NB-3', payload: { reference: 'NB-3', kind: 'professional', language: 'pl', receivedAt: '2026-12-01T09:00:00.000Z', details: validProfessional } }]);
  });
});

describe('when a channel fails', () => {
  it('retries it later with growing gaps, keeps the others going, and after six tries marks it dead without personal data', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { store, state } = memoryOutbox([{ reference: 'NB-4', channel: 'case-management' }, { reference: 'NB-4', channel: 'family-help-point' }]);
    const { d, emails } = deps({ 'NB-4': namedConcern('Jo Neighbour', 'jo@example.org', 'Secret worry') }, new Set([settings.webhook!.url!]));
    let now = new Date('2026-12-01T10:00:00Z');
    expect(await deliverDue(d, store, now)).toEqual({ sent: 1, retried: 1, dead: 0 });
    expect(emails).toHaveLength(1);
    const gaps: number[] = [];
    for (let run = 0; run < 10 && state[0]!.status === 'pending'; run++) {
      const next = new Date(state[0]!.next);
      gaps.push((next.getTime() - now.getTime()) / 60_000);
      // One minute early, nothing is tried.
      expect(await deliverDue(d, store, new Date(next.getTime() - 60_000))).toEqual({ sent: 0, retried: 0, dead: 0 });
      now = next;
      await deliverDue(d, store, now);
    }
    expect(gaps).toEqual([1, 2, 4, 8, 16]);
    expect(state[0]).toMatchObject({ status: 'dead', attempts: 6 });
    expect(errors.mock.calls.flat().join(' ')).toContain('NB-4 (case-management)');
    expect(errors.mock.calls.flat().join(' ')).not.toMatch(/Jo Neighbour|jo@example|Secret worry/);
  });

  it('a channel that is not set up, or a request that is gone, is retried, not sent somewhere else', async () => {
    const { store, state } = memoryOutbox([{ reference: 'NB-5', channel: 'case-management' }, { reference: 'NB-gone', channel: 'family-help-point' }, { reference: 'NB-5', channel: 'carrier-pigeon' }]);
    const { d, emails, posts, opened } = deps({ 'NB-5': validConcern });
    d.settings = { notify: settings.notify };
    expect(await deliverDue(d, store, new Date('2026-12-01T10:00:00Z'))).toEqual({ sent: 0, retried: 3, dead: 0 });
    expect([emails, posts]).toEqual([[], []]);
    expect(state.map((r) => r.attempts)).toEqual([1, 1, 1]);
    expect(opened).toEqual([]);
  });
});
