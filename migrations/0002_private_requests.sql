-- Requests become private at rest: personal details are kept only as AES-GCM ciphertext
-- ("sealed"), with the id of the key that sealed them. The foundation's table held
-- demonstration rows in plain text; they are not carried over.
DROP TABLE requests;

CREATE TABLE requests (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('ask-for-help', 'report-a-concern', 'professional')),
  language TEXT NOT NULL,
  received_at TEXT NOT NULL,
  key_id TEXT NOT NULL,
  sealed TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'received'
    CHECK (status IN ('received', 'being-looked-at', 'passed-to-a-service', 'closed')),
  -- SHA-256 of the one-time status code given to the sender; the code itself is never kept.
  status_code_hash TEXT NOT NULL
);

-- Work to do after the request is stored (delivery to the Family Help Point and others),
-- written in the same batch as the request so nothing accepted is lost.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL,
  channel TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  UNIQUE (reference, channel)
);

-- A retried submission (same Idempotency-Key) gets the first answer back and stores nothing.
CREATE TABLE idempotency (
  key_hash TEXT PRIMARY KEY,
  reference TEXT NOT NULL,
  key_id TEXT NOT NULL,
  sealed_answer TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Submissions per client per minute; clients are stored only as a salted hash.
CREATE TABLE rate_limits (
  client_hash TEXT NOT NULL,
  window TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (client_hash, window)
);
