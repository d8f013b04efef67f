-- Whether an import run was fetched from a bank's API (a sync) rather than uploaded: the same transaction can reach
-- one account both ways, and is then recognised by its account, day and amount (decision 54).
ALTER TABLE import_runs ADD COLUMN fetched boolean NOT NULL DEFAULT false;
UPDATE import_runs r SET fetched = true FROM sources s
 WHERE r.source_id = s.id AND s.kind = 'BANK_API' AND r.file_name ~ '^(SimpleFIN|GoCardless|Berlin Group) [0-9-]+\.json$';
