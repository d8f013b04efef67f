-- Server-side sessions behind the access token (decision 40): the token's "sid" claim names a row here,
-- and a token whose session has ended or passed its absolute expiry is refused on every node.
CREATE TABLE sessions (
    id           uuid PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    address      text        NOT NULL,
    device       text        NOT NULL,
    -- SHA-256 of the browser's opaque device cookie: a device that signed in before is "known" (lockout).
    device_key   text,
    expires_at   timestamptz NOT NULL,
    ended_at     timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id, last_seen_at DESC);
CREATE INDEX sessions_device_idx ON sessions (device_key) WHERE device_key IS NOT NULL;
