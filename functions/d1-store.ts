import type { RequestStore } from './core/requests.ts';
import type { Status, StatusStore } from './core/status.ts';
import type { OutboxRow, OutboxStore } from './core/deliver.ts';
import type { RetentionStore } from './core/retention.ts';

/** Requests in D1: the request, its outbox rows (one per delivery channel) and its idempotency record in one batch. */
export function d1RequestStore(db: D1Database): RequestStore {
  return {
    async save(entry) {
      const { clientHash, window, limit } = entry.rate;
      // Each row is written only while this client is within its limit: the counter and the
      // request share one batch, so a request costs one round trip to D1, not two.
      const within = (n: number) => `WHERE (SELECT count FROM rate_limits WHERE client_hash = ?${n} AND window = ?${n + 1}) <= ?${n + 2}`;
      const rows = (sql: string, values: unknown[]) => db.prepare(`${sql} ${within(values.length + 1)}`).bind(...values, clientHash, window, limit);
      const statements = [
        db
          .prepare('INSERT INTO rate_limits (client_hash, window, count) VALUES (?1, ?2, 1) ON CONFLICT (client_hash, window) DO UPDATE SET count = count + 1')
          .bind(clientHash, window),
        rows('INSERT INTO requests (reference, kind, language, received_at, key_id, sealed, status_code_hash) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7', [
          entry.reference, entry.kind, entry.language, entry.receivedAt, entry.keyId, entry.sealed, entry.statusCodeHash,
        ]),
        ...[`received:${entry.kind}`, ...entry.events].map((event) => rows('INSERT INTO audit (at, event, reference) SELECT ?1, ?2, ?3', [entry.receivedAt, event, entry.reference])),
        ...entry.channels.map((channel) => rows('INSERT INTO outbox (reference, channel, next_attempt_at) SELECT ?1, ?2, ?3', [entry.reference, channel, entry.receivedAt])),
      ];
      if (entry.idempotency) {
        const { keyHash, keyId, sealedAnswer } = entry.idempotency;
        statements.push(
          rows('INSERT INTO idempotency (key_hash, reference, key_id, sealed_answer, created_at) SELECT ?1, ?2, ?3, ?4, ?5', [keyHash, entry.reference, keyId, sealedAnswer, entry.receivedAt]),
        );
      }
      try {
        const results = await db.batch(statements); // all or nothing
        return (results[1]?.meta.changes ?? 0) > 0 ? 'saved' : 'rate-limited';
      } catch (error) {
        if (entry.idempotency && /UNIQUE constraint failed: idempotency/.test(String(error))) return 'duplicate-key';
        throw error;
      }
    },
    async answerFor(keyHash) {
      const row = await db
        .prepare('SELECT reference, key_id AS keyId, sealed_answer AS sealedAnswer FROM idempotency WHERE key_hash = ?1')
        .bind(keyHash)
        .first<{ reference: string; keyId: string; sealedAnswer: string }>();
      return row ?? null;
    },
    async countSubmission(clientHash, window) {
      const row = await db
        .prepare('INSERT INTO rate_limits (client_hash, window, count) VALUES (?1, ?2, 1) ON CONFLICT (client_hash, window) DO UPDATE SET count = count + 1 RETURNING count')
        .bind(clientHash, window)
        .first<{ count: number }>();
      return row?.count ?? 1;
    },
  };
}

export function d1StatusStore(db: D1Database): StatusStore {
  return {
    async statusOf(reference) {
      const row = await db
        .prepare('SELECT r.kind, r.status, r.status_code_hash AS statusCodeHash, f.outcome FROM requests r LEFT JOIN request_facts f ON f.reference = r.reference WHERE r.reference = ?1')
        .bind(reference)
        .first<{ kind: string; status: Status; statusCodeHash: string; outcome: string | null }>();
      return row ?? null;
    },
  };
}

export function d1OutboxStore(db: D1Database): OutboxStore {
  return {
    async due(now, limit) {
      const rows = await db
        .prepare("SELECT id, reference, channel, attempts FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?1 ORDER BY id LIMIT ?2")
        .bind(now, limit)
        .all<OutboxRow>();
      return rows.results;
    },
    async markSent(id, now) {
      await db.batch([
        db.prepare("UPDATE outbox SET state = 'sent', attempts = attempts + 1, sent_at = ?2 WHERE id = ?1 AND state = 'pending'").bind(id, now),
        db.prepare("INSERT INTO audit (at, event, reference) SELECT ?2, 'delivered:' || channel, reference FROM outbox WHERE id = ?1").bind(id, now),
      ]);
    },
    async markRetry(id, attempts, nextAttemptAt) {
      await db.prepare('UPDATE outbox SET attempts = ?2, next_attempt_at = ?3 WHERE id = ?1').bind(id, attempts, nextAttemptAt).run();
    },
    async markDead(id, attempts) {
      await db.batch([
        db.prepare("UPDATE outbox SET state = 'dead', attempts = ?2 WHERE id = ?1").bind(id, attempts),
        db.prepare("INSERT INTO audit (at, event, reference) SELECT datetime('now'), 'dead-lettered:' || channel, reference FROM outbox WHERE id = ?1").bind(id),
      ]);
    },
  };
}

export function d1RetentionStore(db: D1Database): RetentionStore {
  return {
    async purgeDelivered(deliveredBefore) {
      // Fully delivered (no outbox row still pending or dead) and decided by the Family Help
      // Point, both long enough ago: a request nobody has decided on is never deleted.
      const due = await db
        .prepare(
          `SELECT o.reference FROM outbox o JOIN request_facts f ON f.reference = o.reference
           WHERE f.decided_at IS NOT NULL AND f.decided_at < ?1
           GROUP BY o.reference HAVING SUM(o.state != 'sent') = 0 AND MAX(o.sent_at) < ?1`,
        )
        .bind(deliveredBefore)
        .all<{ reference: string }>();
      const references = due.results.map((r) => r.reference);
      for (const reference of references) {
        await db.batch([
          db.prepare('DELETE FROM requests WHERE reference = ?1').bind(reference),
          db.prepare('DELETE FROM outbox WHERE reference = ?1').bind(reference),
          db.prepare('DELETE FROM idempotency WHERE reference = ?1').bind(reference),
        ]);
      }
      return references;
    },
    async purgeIdempotency(createdBefore) {
      await db.prepare('DELETE FROM idempotency WHERE created_at < ?1').bind(createdBefore).run();
    },
    async purgeRateLimits(windowBefore) {
      await db.prepare('DELETE FROM rate_limits WHERE window < ?1').bind(windowBefore).run();
    },
    async audit(event, at, reference) {
      await db.prepare('INSERT INTO audit (at, event, reference) VALUES (?1, ?2, ?3)').bind(at, event, reference ?? null).run();
    },
  };
}

/** One stored request, still sealed. */
export async function d1SealedRequest(db: D1Database, reference: string) {
  return db
    .prepare('SELECT reference, kind, language, received_at AS receivedAt, key_id AS keyId, sealed FROM requests WHERE reference = ?1')
    .bind(reference)
    .first<{ reference: string; kind: string; language: string; receivedAt: string; keyId: string; sealed: string }>();
}

export async function d1Healthy(db: D1Database): Promise<boolean> {
  try {
    return (await db.prepare('SELECT 1 AS ok').first<{ ok: number }>())?.ok === 1;
  } catch {
    return false;
  }
}
