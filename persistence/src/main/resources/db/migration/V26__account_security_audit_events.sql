-- Changes to an account's security are audited too (decision 41): the password changed, two-factor sign-in
-- turned on or off, a recovery code used, an API token created or revoked, every other session ended.
-- detail: what the event was about when its kind does not say it (a token's name), never a secret.
ALTER TABLE audit_events DROP CONSTRAINT audit_events_kind_check;
ALTER TABLE audit_events ADD CONSTRAINT audit_events_kind_check CHECK (kind IN (
    'SIGN_UP', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGN_OUT',
    'PASSWORD_CHANGED', 'TWO_FACTOR_ON', 'TWO_FACTOR_OFF', 'RECOVERY_CODE_USED',
    'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'SIGNED_OUT_ELSEWHERE'));
ALTER TABLE audit_events ADD COLUMN detail text;
