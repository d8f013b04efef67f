-- Accounts, the places money data comes from, and the record of every import.
CREATE TABLE users (
    id              uuid PRIMARY KEY,
    email           text        NOT NULL,
    password_hash   text        NOT NULL,
    base_currency   char(3)     NOT NULL DEFAULT 'EUR',
    locale          text        NOT NULL DEFAULT 'en',
    created_at      timestamptz NOT NULL DEFAULT now()
);
-- Emails are unique regardless of case; the application stores them normalised.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE sources (
    id                     uuid PRIMARY KEY,
    user_id                uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind                   text        NOT NULL CHECK (kind IN ('BANK_API', 'FILE', 'CASH')),
    provider               text        NOT NULL,
    name                   text        NOT NULL,
    status                 text        NOT NULL DEFAULT 'ACTIVE',
    credentials_ciphertext bytea,
    credentials_key_id     text,
    sync_cursor            text,
    last_synced_at         timestamptz,
    created_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sources_user_idx ON sources (user_id);

CREATE TABLE import_runs (
    id                 uuid PRIMARY KEY,
    user_id            uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source_id          uuid        REFERENCES sources (id) ON DELETE CASCADE,
    status             text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    format             text,
    file_name          text,
    rows_read          integer     NOT NULL DEFAULT 0,
    imported           integer     NOT NULL DEFAULT 0,
    duplicates         integer     NOT NULL DEFAULT 0,
    rejected           integer     NOT NULL DEFAULT 0,
    failure_reason     text,
    job_execution_id   bigint,
    created_at         timestamptz NOT NULL DEFAULT now(),
    started_at         timestamptz,
    finished_at        timestamptz
);
CREATE INDEX import_runs_user_idx ON import_runs (user_id, created_at DESC);
