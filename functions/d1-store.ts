import type { RequestStore } from './core/requests.ts';

/** Stores requests in D1. (The request feature adds encryption at rest and an outbox.) */
export function d1RequestStore(db: D1Database): RequestStore {
  return {
    async save({ reference, request, receivedAt }) {
      await db
        .prepare('INSERT INTO requests (reference, kind, payload, received_at) VALUES (?1, ?2, ?3, ?4)')
        .bind(reference, request.kind, JSON.stringify(request), receivedAt)
        .run();
    },
  };
}

export async function d1Healthy(db: D1Database): Promise<boolean> {
  try {
    return (await db.prepare('SELECT 1 AS ok').first<{ ok: number }>())?.ok === 1;
  } catch {
    return false;
  }
}
