-- A row rewritten after it reached ClickHouse (a transfer found, later a re-categorisation) is stale there
-- until the loader writes its new version.
ALTER TABLE transactions ADD COLUMN analytics_stale boolean NOT NULL DEFAULT false;
CREATE INDEX transactions_analytics_stale_idx ON transactions (id) WHERE analytics_stale;
CREATE INDEX transactions_transfer_match_idx ON transactions (user_id, amount, booked_date);
