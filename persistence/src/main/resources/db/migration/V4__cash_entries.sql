-- Cash spending typed in by hand, exactly as entered: the raw record of the CASH provider.
CREATE SCHEMA raw_cash;
CREATE TABLE raw_cash.entries (
    id          uuid PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    payload     jsonb       NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE transactions ADD COLUMN analytics_loaded boolean NOT NULL DEFAULT false;
