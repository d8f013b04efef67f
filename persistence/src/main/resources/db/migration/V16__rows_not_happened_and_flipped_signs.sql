-- Rows a bank marks as never having happened (declined, failed, cancelled, reversed; decision 34): kept with the
-- bank's status as the reason, never in the ledger. Counted on the run.
ALTER TABLE import_runs ADD COLUMN not_happened integer NOT NULL DEFAULT 0;
CREATE TABLE raw_file.not_happened (
    import_id uuid    NOT NULL REFERENCES raw_file.uploads (import_id) ON DELETE CASCADE,
    line_no   integer NOT NULL,
    status    text    NOT NULL,
    payload   text    NOT NULL,
    PRIMARY KEY (import_id, line_no)
);

-- Card exports whose amounts are from the issuer's side: whether a run read them turned round, and the person's
-- choice for a source (null: detected per file).
ALTER TABLE import_runs ADD COLUMN flip_signs boolean NOT NULL DEFAULT false;
ALTER TABLE sources ADD COLUMN flip_signs boolean;
