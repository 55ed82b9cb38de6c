import type { RequestFacts, StaffStore } from './core/staff/store.ts';

const factsColumns = `f.reference, f.kind, f.language, f.received_at AS receivedAt, f.urgent, f.outcome, f.decided_at AS decidedAt`;
type FactsRow = Omit<RequestFacts, 'urgent'> & { urgent: number };
const toFacts = ({ urgent, ...row }: FactsRow): RequestFacts => ({ ...row, urgent: urgent === 1 });

/** The staff workspace in D1 (tables from migrations/0004_staff.sql). */
export function d1StaffStore(db: D1Database): StaffStore {
  return {
    async undecided() {
      const rows = await db
        .prepare(`SELECT ${factsColumns} FROM request_facts f JOIN requests r ON r.reference = f.reference WHERE f.outcome IS NULL`)
        .all<FactsRow>();
      return rows.results.map(toFacts);
    },
    async request(reference) {
      const row = await db
        .prepare(`SELECT ${factsColumns}, r.key_id AS keyId, r.sealed FROM request_facts f JOIN requests r ON r.reference = f.reference WHERE f.reference = ?1`)
        .bind(reference)
        .first<FactsRow & { keyId: string; sealed: string }>();
      return row ? { ...toFacts(row), keyId: row.keyId, sealed: row.sealed } : null;
    },
    async history(reference) {
      const rows = await db.prepare('SELECT at, event, actor FROM audit WHERE reference = ?1 ORDER BY at, id').bind(reference).all<{ at: string; event: string; actor: string | null }>();
      return rows.results;
    },
    async notes(reference) {
      const rows = await db
        .prepare('SELECT at, actor, outcome, key_id AS keyId, sealed FROM staff_notes WHERE reference = ?1 ORDER BY at, id')
        .bind(reference)
        .all<{ at: string; actor: string; outcome: string; keyId: string; sealed: string }>();
      return rows.results;
    },
    async audit(event, at, reference, actor) {
      await db.prepare('INSERT INTO audit (at, event, reference, actor) VALUES (?1, ?2, ?3, ?4)').bind(at, event, reference, actor).run();
    },
    async decide(entry) {
      const { reference, outcome, at, actor } = entry;
      // Only while undecided: the first statement claims the decision, the rest follow only if it did.
      const claimed = `EXISTS (SELECT 1 FROM request_facts WHERE reference = ?1 AND outcome = ?2 AND decided_at = ?3)`;
      const undecided = `EXISTS (SELECT 1 FROM request_facts WHERE reference = ?1 AND outcome IS NULL AND ?2 IS NOT NULL AND ?3 IS NOT NULL)`;
      const guard = entry.isDecision ? claimed : undecided;
      const statements = [
        entry.isDecision
          ? db.prepare('UPDATE request_facts SET outcome = ?2, decided_at = ?3 WHERE reference = ?1 AND outcome IS NULL').bind(reference, outcome, at)
          : db.prepare('SELECT 1'),
        db.prepare(`UPDATE requests SET status = ?4 WHERE reference = ?1 AND ${guard}`).bind(reference, outcome, at, entry.status),
        db
          .prepare(`INSERT INTO staff_notes (reference, at, actor, outcome, key_id, sealed) SELECT ?1, ?3, ?4, ?2, ?5, ?6 WHERE ${guard}`)
          .bind(reference, outcome, at, actor, entry.note.keyId, entry.note.sealed),
        db.prepare(`INSERT INTO audit (at, event, reference, actor) SELECT ?3, ?4, ?1, ?5 WHERE ${guard}`).bind(reference, outcome, at, `${entry.isDecision ? 'decided' : 'asked'}:${outcome}`, actor),
        ...entry.channels.map((channel) =>
          db.prepare(`INSERT OR IGNORE INTO outbox (reference, channel, next_attempt_at) SELECT ?1, ?4, ?3 WHERE ${guard}`).bind(reference, outcome, at, channel),
        ),
      ];
      const results = await db.batch(statements);
      return (results[1]?.meta.changes ?? 0) > 0 ? 'decided' : 'already-decided';
    },
    async factsSince(since) {
      const rows = await db.prepare(`SELECT ${factsColumns} FROM request_facts f WHERE f.received_at >= ?1 ORDER BY f.received_at`).bind(since).all<FactsRow>();
      return rows.results.map(toFacts);
    },
    async worriedSince(sinceDay) {
      const rows = await db
        .prepare('SELECT day, outcome, language, count FROM worried_counts WHERE day >= ?1 ORDER BY day, outcome, language')
        .bind(sinceDay)
        .all<{ day: string; outcome: string; language: string; count: number }>();
      return rows.results;
    },
    async countWorried(day, outcome, language) {
      await db
        .prepare('INSERT INTO worried_counts (day, outcome, language, count) VALUES (?1, ?2, ?3, 1) ON CONFLICT (day, outcome, language) DO UPDATE SET count = count + 1')
        .bind(day, outcome, language)
        .run();
    },
  };
}
