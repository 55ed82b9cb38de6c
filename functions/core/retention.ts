/**
 * Retention: a request is deleted a set number of days after every delivery of it was made.
 * Idempotency records (kept a day, for retries) and old rate-limit counts go too. The audit
 * table keeps only events, never personal details.
 */

export interface RetentionStore {
  /** Deletes requests (and their outbox rows) fully delivered and decided before `deliveredBefore`; returns their references. */
  purgeDelivered(deliveredBefore: string): Promise<string[]>;
  purgeIdempotency(createdBefore: string): Promise<void>;
  purgeRateLimits(windowBefore: string): Promise<void>;
  audit(event: string, at: string, reference?: string): Promise<void>;
}

const day = 86_400_000;

export async function applyRetention(store: RetentionStore, now: Date, retentionDays: number): Promise<number> {
  const purged = await store.purgeDelivered(new Date(now.getTime() - retentionDays * day).toISOString());
  for (const reference of purged) await store.audit('purged', now.toISOString(), reference);
  await store.purgeIdempotency(new Date(now.getTime() - day).toISOString());
  await store.purgeRateLimits(new Date(now.getTime() - 3_600_000).toISOString().slice(0, 16));
  return purged.length;
}
