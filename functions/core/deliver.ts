/**
 * Draining the outbox (run by the Worker's scheduled() handler): each pending delivery is
 * tried, retried with back-off, and after too many failures marked dead and reported.
 * Idempotent: a row is marked sent only once, and Notify gets our reference to match on.
 */

export interface OutboxRow {
  id: number;
  reference: string;
  channel: string;
  attempts: number;
}

export interface OutboxStore {
  due(now: string, limit: number): Promise<OutboxRow[]>;
  markSent(id: number, now: string): Promise<void>;
  markRetry(id: number, attempts: number, nextAttemptAt: string): Promise<void>;
  markDead(id: number, attempts: number): Promise<void>;
}

/** Sends one row's delivery; throws when it could not be delivered this time. */
export type Sender = (row: OutboxRow) => Promise<void>;

export interface DrainResult {
  sent: number;
  retried: number;
  dead: number;
}

export const maxAttempts = 6;

/** 1, 2, 4, 8, 16 minutes… between tries. */
export const backoffSeconds = (attempts: number) => 60 * 2 ** (attempts - 1);

export async function drainOutbox(store: OutboxStore, send: Sender, now: Date, limit = 50): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, retried: 0, dead: 0 };
  for (const row of await store.due(now.toISOString(), limit)) {
    const attempts = row.attempts + 1;
    try {
      await send(row);
      await store.markSent(row.id, now.toISOString());
      result.sent++;
    } catch {
      if (attempts >= maxAttempts) {
        await store.markDead(row.id, attempts);
        // Reported without personal data: the reference is enough for staff to follow up.
        console.error(`delivery dead-lettered: ${row.reference} (${row.channel}) after ${attempts} attempts`);
        result.dead++;
      } else {
        await store.markRetry(row.id, attempts, new Date(now.getTime() + backoffSeconds(attempts) * 1000).toISOString());
        result.retried++;
      }
    }
  }
  return result;
}
