-- Raw statement files sealed at rest (decision 42): the id of the key a file is sealed with, or null for a
-- file stored plain before this migration (the key rotation seals those too).
ALTER TABLE raw_file.uploads ADD COLUMN sealed_with text;
CREATE INDEX uploads_sealed_with_idx ON raw_file.uploads (sealed_with);

-- How often the server took up an interrupted run after a restart: past a few, the run is given up
-- (failure code not-resumed) instead of being restarted on every boot.
ALTER TABLE import_runs ADD COLUMN resume_attempts integer NOT NULL DEFAULT 0;
