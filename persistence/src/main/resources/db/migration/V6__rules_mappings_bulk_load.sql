-- A user's own categorisation rules: every transaction of a merchant gets the category the user chose.
-- Learnt when the user re-categorises a transaction and applies it to similar ones; applied on import
-- before the built-in rules.
CREATE TABLE rules (
    id         uuid PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    merchant   text        NOT NULL, -- the normalised merchant, lower case
    category   text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT rules_user_merchant_key UNIQUE (user_id, merchant)
);

-- The CSV mapping a user confirmed for a source: later files of that source are read with it.
ALTER TABLE sources ADD COLUMN csv_mapping jsonb;
-- The mapping a run's file is read with (the one given with the upload, or the source's).
ALTER TABLE import_runs ADD COLUMN csv_mapping jsonb;

-- Bulk loads check one foreign key per row instead of three: a transaction's user is its source's user,
-- and an import run is only ever deleted with its source, which takes the transactions with it.
ALTER TABLE sources ADD CONSTRAINT sources_id_user_key UNIQUE (id, user_id);
ALTER TABLE transactions DROP CONSTRAINT transactions_user_id_fkey;
ALTER TABLE transactions DROP CONSTRAINT transactions_source_id_fkey;
ALTER TABLE transactions DROP CONSTRAINT transactions_import_id_fkey;
ALTER TABLE transactions ADD CONSTRAINT transactions_source_user_fkey
    FOREIGN KEY (source_id, user_id) REFERENCES sources (id, user_id) ON DELETE CASCADE;

