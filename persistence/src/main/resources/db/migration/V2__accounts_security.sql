-- Source credentials are one self-describing envelope (format version, key id, nonce and ciphertext),
-- so that keys can rotate: see org.tributary.security.entity.SecretCipher.
ALTER TABLE sources DROP COLUMN credentials_ciphertext;
ALTER TABLE sources DROP COLUMN credentials_key_id;
ALTER TABLE sources ADD COLUMN credentials text;

-- Who signed in, out or failed to, when and from where. Never a password.
CREATE TABLE audit_events (
    id             bigserial PRIMARY KEY,
    occurred_at    timestamptz NOT NULL DEFAULT now(),
    kind           text        NOT NULL CHECK (kind IN ('SIGN_UP', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGN_OUT')),
    user_id        uuid        REFERENCES users (id) ON DELETE SET NULL,
    email          text,
    client_address text,
    user_agent     text
);
CREATE INDEX audit_events_user_idx ON audit_events (user_id, occurred_at DESC);

-- Failed sign-ins per account and per client address, shared by every server node.
CREATE TABLE sign_in_throttle (
    throttle_key      text PRIMARY KEY,
    failures          integer     NOT NULL,
    window_started_at timestamptz NOT NULL,
    blocked_until     timestamptz
);
