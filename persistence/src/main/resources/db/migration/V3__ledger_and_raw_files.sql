-- What the importer learns about a run, and the rows it could not read (line and reason).
ALTER TABLE import_runs ADD COLUMN encoding text;
ALTER TABLE import_runs ADD COLUMN skipped integer NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN errors jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE import_runs ADD COLUMN analytics_loaded boolean NOT NULL DEFAULT false;
CREATE INDEX import_runs_analytics_pending_idx ON import_runs (finished_at) WHERE status = 'COMPLETED' AND NOT analytics_loaded;

-- Uploaded files exactly as received, and each record as it stood in the file. Normalising can be re-run
-- from here at any time.
CREATE SCHEMA raw_file;
CREATE TABLE raw_file.uploads (
    import_id    uuid PRIMARY KEY REFERENCES import_runs (id) ON DELETE CASCADE,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    file_name    text        NOT NULL,
    content_type text,
    size_bytes   integer     NOT NULL,
    content      bytea       NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE raw_file.records (
    import_id uuid    NOT NULL REFERENCES raw_file.uploads (import_id) ON DELETE CASCADE,
    record_no integer NOT NULL,
    line_no   integer NOT NULL,
    payload   text    NOT NULL,
    PRIMARY KEY (import_id, record_no)
);

-- The canonical ledger. The fingerprint is unique per user: importing the same rows again adds nothing.
CREATE TABLE transactions (
    id             uuid PRIMARY KEY,
    user_id        uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source_id      uuid          NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    import_id      uuid          REFERENCES import_runs (id) ON DELETE SET NULL,
    booked_date    date          NOT NULL,
    value_date     date,
    amount         numeric(20, 6) NOT NULL,
    currency       char(3)       NOT NULL,
    description    text          NOT NULL,
    merchant       text          NOT NULL,
    counterparty   text,
    external_id    text,
    pending        boolean       NOT NULL DEFAULT false,
    type           text          NOT NULL CHECK (type IN ('EXPENSE', 'INCOME', 'TRANSFER')),
    category       text          NOT NULL,
    categorised_by text          NOT NULL CHECK (categorised_by IN ('RULE', 'ML', 'LLM', 'USER', 'NONE')),
    confidence     numeric(4, 3),
    fingerprint    text          NOT NULL,
    version        bigint        NOT NULL DEFAULT 1,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT transactions_fingerprint_key UNIQUE (user_id, fingerprint)
);
CREATE INDEX transactions_user_date_idx ON transactions (user_id, booked_date);
CREATE INDEX transactions_import_idx ON transactions (import_id);
