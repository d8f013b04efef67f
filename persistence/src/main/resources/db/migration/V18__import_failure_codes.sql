-- Why a run failed inside the job, as a code and its values, so that the portal can say it in the reader's
-- language (decision 26); failure_reason keeps the English words for the API and for runs failed before.
ALTER TABLE import_runs ADD COLUMN failure_code text;
ALTER TABLE import_runs ADD COLUMN failure_arguments text;
