-- The period a person last chose on the overview or the reports page, shown again on their next visit and on
-- the other page: a preset ('LAST_12_MONTHS') or chosen dates ('CUSTOM:2024-01-01:2024-03-31'). Null: this
-- month, the default.
ALTER TABLE users ADD COLUMN report_period text CHECK (length(report_period) <= 40);
