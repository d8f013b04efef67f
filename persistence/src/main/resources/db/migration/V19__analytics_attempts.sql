-- The ClickHouse catch-up parks an import ClickHouse keeps refusing instead of queueing every later one
-- behind it: it counts the refused attempts and keeps the last error; after a few it stops trying
-- (bin/rebuild-analytics, or setting analytics_attempts back to 0, tries again). Decision 37.
ALTER TABLE import_runs ADD COLUMN analytics_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN analytics_error text;
