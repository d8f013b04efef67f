-- The euro foreign exchange reference rates of the European Central Bank, shared by every user: on `day`,
-- one euro was worth `rate` units of `currency` (the ECB's own quotation). Loaded from the bundled history
-- and the ECB's daily file; a published rate never changes, so both nodes of a cluster may insert the same
-- rows ("on conflict do nothing"). A user's own uploaded rates (exchange_rates) win where given.
CREATE TABLE reference_rates (
    currency char(3)         NOT NULL,
    day      date            NOT NULL,
    rate     numeric(24, 10) NOT NULL CHECK (rate > 0),
    PRIMARY KEY (currency, day)
);

-- The newest day held, and the currencies published lately, are asked for by day.
CREATE INDEX reference_rates_day ON reference_rates (day);
