-- Bank connections through a consent at the bank (issue 17: GoCardless, Berlin Group NextGenPSD2).
-- A connection waiting for the person's consent keeps the consent it asked for (sealed, like credentials) and the
-- SHA-256 of the state its return link carries; the bank's consent ends on consent_expires_at.
ALTER TABLE sources ADD COLUMN pending_consent text;
ALTER TABLE sources ADD COLUMN connect_state bytea;
ALTER TABLE sources ADD COLUMN connect_started_at timestamptz;
ALTER TABLE sources ADD COLUMN consent_expires_at timestamptz;
CREATE UNIQUE INDEX sources_connect_state_idx ON sources (connect_state) WHERE connect_state IS NOT NULL;

-- Every answer of a bank's API exactly as received, one schema per provider: what a sync was made of.
CREATE SCHEMA raw_simplefin;
CREATE TABLE raw_simplefin.responses (
    id          bigserial PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source_id   uuid        NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    import_id   uuid        REFERENCES import_runs (id) ON DELETE SET NULL,
    request     text        NOT NULL,
    status      integer     NOT NULL,
    body        bytea       NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX raw_simplefin_responses_source_idx ON raw_simplefin.responses (source_id, id);
CREATE SCHEMA raw_gocardless;
CREATE TABLE raw_gocardless.responses (
    id          bigserial PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source_id   uuid        NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    import_id   uuid        REFERENCES import_runs (id) ON DELETE SET NULL,
    request     text        NOT NULL,
    status      integer     NOT NULL,
    body        bytea       NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX raw_gocardless_responses_source_idx ON raw_gocardless.responses (source_id, id);
CREATE SCHEMA raw_berlingroup;
CREATE TABLE raw_berlingroup.responses (
    id          bigserial PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source_id   uuid        NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    import_id   uuid        REFERENCES import_runs (id) ON DELETE SET NULL,
    request     text        NOT NULL,
    status      integer     NOT NULL,
    body        bytea       NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX raw_berlingroup_responses_source_idx ON raw_berlingroup.responses (source_id, id);
