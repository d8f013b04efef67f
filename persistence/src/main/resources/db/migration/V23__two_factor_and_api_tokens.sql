-- Two-factor sign-in (TOTP, RFC 6238): one row per account that set it up. The secret is sealed with the
-- key envelope (SecretCipher); confirmed_at is null until a first code proves the authenticator has it.
-- last_used_step is the last time step a code was accepted for: a code is never accepted twice, on any node.
CREATE TABLE two_factor (
    user_id        uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret         text        NOT NULL,
    confirmed_at   timestamptz,
    last_used_step bigint      NOT NULL DEFAULT -1,
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- One-time recovery codes: only the SHA-256 of each (they are 80-bit random), each usable once.
CREATE TABLE two_factor_recovery_codes (
    user_id   uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash bytea       NOT NULL,
    used_at   timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

-- Personal API tokens: only the SHA-256 of the 256-bit secret is kept. Revoking deletes the row.
CREATE TABLE api_tokens (
    id           uuid        PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    scopes       text[]      NOT NULL CHECK (cardinality(scopes) >= 1 AND scopes <@ ARRAY['read', 'import']::text[]),
    token_hash   bytea       NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    last_used_at timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id, created_at);
