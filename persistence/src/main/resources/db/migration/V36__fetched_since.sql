-- The first day a sync asked the bank for: within it, a pending row an earlier sync brought that the bank no longer
-- sends was booked under another id, or dropped, and goes (decision 54).
ALTER TABLE import_runs ADD COLUMN fetched_since date;
