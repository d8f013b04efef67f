-- One source per bank account (decision 27). An account is recognised by a hash of its identifier (IBAN,
-- OFX account id, MT940 :25:) salted with the user's id: the identifier itself, personal data, is not
-- stored here; the last four characters are, to show the person which account a source is.
ALTER TABLE sources ADD COLUMN account_key uuid;
ALTER TABLE sources ADD COLUMN account_last4 text;
ALTER TABLE sources ADD COLUMN currency char(3);
-- Two nodes importing the same account's first files at once still make one source.
CREATE UNIQUE INDEX sources_user_account_key ON sources (user_id, account_key) WHERE account_key IS NOT NULL;

-- The date range of a file's rows, and the undoing of an import: asked for (a claim that one node takes),
-- then done (its rows gone from PostgreSQL and ClickHouse).
ALTER TABLE import_runs ADD COLUMN first_booked date;
ALTER TABLE import_runs ADD COLUMN last_booked date;
ALTER TABLE import_runs ADD COLUMN undo_started_at timestamptz;
ALTER TABLE import_runs ADD COLUMN undone_at timestamptz;
CREATE INDEX import_runs_source_idx ON import_runs (source_id, created_at DESC);
CREATE INDEX import_runs_undo_pending_idx ON import_runs (undo_started_at) WHERE undo_started_at IS NOT NULL AND undone_at IS NULL;
UPDATE import_runs r SET first_booked = m.first_day, last_booked = m.last_day
  FROM (SELECT import_id, min(booked_date) AS first_day, max(booked_date) AS last_day
          FROM transactions WHERE import_id IS NOT NULL GROUP BY import_id) m
 WHERE r.id = m.import_id;

-- The rows a later file also held, which it counted as duplicates: undoing the import that stored them
-- hands them to that file instead of deleting them (decision 27). Written only for duplicate rows.
CREATE TABLE import_duplicates (
    import_id      uuid NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    transaction_id uuid NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    PRIMARY KEY (transaction_id, import_id)
);
CREATE INDEX import_duplicates_import_idx ON import_duplicates (import_id);

-- The rows an undo took out of the ledger, kept until their tombstones are in ClickHouse.
CREATE TABLE undone_transactions (
    import_id      uuid   NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    transaction_id uuid   NOT NULL,
    user_id        uuid   NOT NULL,
    source_id      uuid   NOT NULL,
    booked_date    date   NOT NULL,
    version        bigint NOT NULL,
    PRIMARY KEY (import_id, transaction_id)
);
