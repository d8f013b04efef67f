-- The transactions written more than once (re-categorised, matched as transfers, edited): few, so this
-- index costs an import nothing (its rows are all version 1). The reports ask it whether a period's rows
-- in ClickHouse are all single versions, which lets them skip merging versions (decision 16).
CREATE INDEX transactions_user_rewritten_idx ON transactions (user_id, booked_date) WHERE version > 1;
