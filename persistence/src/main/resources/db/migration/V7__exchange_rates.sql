-- Daily exchange rates a user imports (CSV: date, currency, rate): one unit of `currency` is worth `rate`
-- units of the user's base currency on `day`. Reports convert with the rate of the day, or the latest
-- earlier one, and say which they used.
CREATE TABLE exchange_rates (
    user_id  uuid           NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    currency char(3)        NOT NULL,
    day      date           NOT NULL,
    rate     numeric(24, 10) NOT NULL CHECK (rate > 0),
    PRIMARY KEY (user_id, currency, day)
);

-- The default source of uploads gets a provider of its own, so that a source a user creates with the
-- provider "upload" is never taken for it.
UPDATE sources SET provider = 'tributary-uploads' WHERE kind = 'FILE' AND provider = 'upload' AND name = 'Uploaded files';
