-- Raw statement files sealed at rest (decision 42): the id of the key a file is sealed with, or null for a
-- file stored plain before this migration (the key rotation seals those too).
ALTER TABLE raw_file.uploads ADD COLUMN sealed_with text;
CREATE INDEX uploads_sealed_with_idx ON raw_file.uploads (sealed_with);

-- How often the server took up an interrupted run after a restart: past a few, the run is given up
-- (failure code not-resumed) instead of being restarted on every boot.
ALTER TABLE import_runs ADD COLUMN resume_attempts integer NOT NULL DEFAULT 0;

-- Per-person quotas (decision 42): the server's defaults (TRIBUTARY_QUOTA_STORED_BYTES, TRIBUTARY_QUOTA_ROWS)
-- unless the operator gives a person their own here.
ALTER TABLE users ADD COLUMN quota_stored_bytes bigint;
ALTER TABLE users ADD COLUMN quota_rows bigint;

-- A file byte-identical to one the person already stored (same SHA-256) is kept once: the later upload
-- names the one that holds the bytes (same_as) and holds none itself.
ALTER TABLE raw_file.uploads ADD COLUMN sha256 bytea;
ALTER TABLE raw_file.uploads ADD COLUMN same_as uuid REFERENCES raw_file.uploads (import_id) ON DELETE SET NULL;
ALTER TABLE raw_file.uploads ALTER COLUMN content DROP NOT NULL;
CREATE INDEX uploads_user_sha256_idx ON raw_file.uploads (user_id, sha256) WHERE same_as IS NULL;
CREATE INDEX uploads_same_as_idx ON raw_file.uploads (same_as) WHERE same_as IS NOT NULL;

-- When the upload holding the bytes goes (its source is deleted) while the person stays, the bytes pass to
-- the first upload that named it, and the others name that one. When the person goes, everything goes.
CREATE FUNCTION raw_file.hand_on_content() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    heir uuid;
BEGIN
    IF OLD.same_as IS NULL AND EXISTS (SELECT 1 FROM users WHERE id = OLD.user_id) THEN
        SELECT import_id INTO heir FROM raw_file.uploads WHERE same_as = OLD.import_id ORDER BY import_id LIMIT 1;
        IF heir IS NOT NULL THEN
            UPDATE raw_file.uploads SET content = OLD.content, sealed_with = OLD.sealed_with, same_as = NULL
                WHERE import_id = heir;
            UPDATE raw_file.uploads SET same_as = heir WHERE same_as = OLD.import_id;
        END IF;
    END IF;
    RETURN OLD;
END
$$;
CREATE TRIGGER uploads_hand_on_content BEFORE DELETE ON raw_file.uploads
    FOR EACH ROW EXECUTE FUNCTION raw_file.hand_on_content();
