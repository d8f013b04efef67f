-- Categorisation in layers (decision 21): each transaction says which layer chose its category and why.
ALTER TABLE transactions DROP CONSTRAINT transactions_categorised_by_check;
UPDATE transactions SET categorised_by = 'MODEL' WHERE categorised_by = 'ML';
ALTER TABLE transactions ADD CONSTRAINT transactions_categorised_by_check
    CHECK (categorised_by IN ('USER', 'RULE', 'BRAND', 'MODEL', 'LLM', 'NONE'));
-- A short code such as 'brand:Migros' or 'similar:Coop Pronto', put into words in the user's language when shown.
ALTER TABLE transactions ADD COLUMN category_reason text;
-- What the categorising worker reads: the rows no fast layer knew (few, and gone once it has run).
CREATE INDEX transactions_uncategorised_idx ON transactions (user_id, import_id) WHERE categorised_by = 'NONE';
-- The rows a user's rule categorised, found again when the rule is undone.
CREATE INDEX transactions_rule_reason_idx ON transactions (user_id, category_reason) WHERE categorised_by = 'RULE';

-- A rule learnt from a correction covers a merchant or, when the merchant is a known brand, every spelling
-- of that brand.
ALTER TABLE rules ADD COLUMN kind text NOT NULL DEFAULT 'MERCHANT' CHECK (kind IN ('MERCHANT', 'BRAND'));
ALTER TABLE rules DROP CONSTRAINT rules_user_merchant_key;
ALTER TABLE rules ADD CONSTRAINT rules_user_kind_merchant_key UNIQUE (user_id, kind, merchant);

-- An import whose uncategorised rows the worker has not yet been through (the portal says "still sorting").
ALTER TABLE import_runs ADD COLUMN categorising boolean NOT NULL DEFAULT false;
