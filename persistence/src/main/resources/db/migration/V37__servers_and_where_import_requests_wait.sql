-- Which server's broker holds a queued run's import request, or its categorising request, and when each server was
-- last seen alive: a request stranded on a server that stopped is sent again by a live one (decision 56).
ALTER TABLE import_runs ADD COLUMN requested_on text, ADD COLUMN requested_at timestamptz,
    ADD COLUMN categorising_on text;
CREATE INDEX import_runs_waiting ON import_runs (requested_on) WHERE status = 'QUEUED';
CREATE INDEX import_runs_categorising ON import_runs (categorising_on) WHERE categorising;

CREATE TABLE servers (
    name text PRIMARY KEY,
    incarnation uuid NOT NULL,
    seen_at timestamptz NOT NULL
);
