-- Requests sent to the Family Help Point through the site.
CREATE TABLE requests (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('ask-for-help', 'report-a-concern', 'professional')),
  payload TEXT NOT NULL,
  received_at TEXT NOT NULL
);
