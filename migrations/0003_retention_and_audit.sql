-- When each delivery was made, so requests can be purged a set number of days later.
ALTER TABLE outbox ADD COLUMN sent_at TEXT;

-- What happened, when: never anything personal (no names, no free text), only events.
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  event TEXT NOT NULL,
  reference TEXT
);
