-- The Family Help Point team's workspace (issue 15).

-- What staff need to run the queue and count the work, never anything personal: kept
-- after the request itself is purged, so the partnership's numbers survive retention.
CREATE TABLE request_facts (
  reference TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  language TEXT NOT NULL,
  received_at TEXT NOT NULL,
  -- Marked urgent by its answers (danger now, or a professional's level 4).
  urgent INTEGER NOT NULL DEFAULT 0,
  -- One of the front door's decisions (functions/core/staff/decisions.ts), once made.
  outcome TEXT,
  decided_at TEXT
);

-- Every request stored gets its facts row in the same write (no change to how requests are saved).
CREATE TRIGGER request_facts_on_insert AFTER INSERT ON requests
BEGIN
  INSERT OR IGNORE INTO request_facts (reference, kind, language, received_at)
  VALUES (NEW.reference, NEW.kind, NEW.language, NEW.received_at);
END;

-- The request's own "urgent" audit event sets the flag.
CREATE TRIGGER request_facts_urgent AFTER INSERT ON audit WHEN NEW.event = 'flag:urgent'
BEGIN
  UPDATE request_facts SET urgent = 1 WHERE reference = NEW.reference;
END;

INSERT OR IGNORE INTO request_facts (reference, kind, language, received_at)
SELECT reference, kind, language, received_at FROM requests;

-- The reasons staff give (for a decision, or for asking for more information), sealed like
-- the request (they may name people), and deleted with it.
CREATE TABLE staff_notes (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  outcome TEXT NOT NULL,
  key_id TEXT NOT NULL,
  sealed TEXT NOT NULL
);
CREATE INDEX staff_notes_reference ON staff_notes (reference);
CREATE TRIGGER staff_notes_purged AFTER DELETE ON requests
BEGIN
  DELETE FROM staff_notes WHERE reference = OLD.reference;
END;

-- Who did it, for staff actions (their sign-in address); empty for the system's own events.
ALTER TABLE audit ADD COLUMN actor TEXT;

-- "Worried about a child?" outcomes: a count per day, outcome and language. No answers,
-- no IP address, no cookie: only that one more person reached that outcome that day.
CREATE TABLE worried_counts (
  day TEXT NOT NULL,
  outcome TEXT NOT NULL,
  language TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (day, outcome, language)
);
