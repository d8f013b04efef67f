-- The transactions list is sorted by date, amount, merchant or category and read a page at a time by
-- seeking past the last row shown (decision 20). Each order ends in the booked date and the id, so that no
-- two rows tie. The date order, the default, has its index and stays a seek however deep the page; the
-- other orders have none: at a million rows an index each cost the import a third more time (decision 20).
DROP INDEX IF EXISTS transactions_user_date_idx;
CREATE INDEX transactions_user_date_id_idx ON transactions (user_id, booked_date, id);
-- The categories a person made up (offered in every category list): read from their own few rows, not by
-- scanning all of the user's transactions. Imports write no such rows, so loading pays nothing for it.
CREATE INDEX transactions_user_chosen_category_idx ON transactions (user_id, category) WHERE categorised_by = 'USER';

-- An account's language is unset until the person chooses one (in the portal or with PATCH /me); until
-- then the browser's language applies (decision 19). Until now every account said 'en' without anyone
-- having chosen it.
ALTER TABLE users ALTER COLUMN locale DROP NOT NULL;
ALTER TABLE users ALTER COLUMN locale DROP DEFAULT;
UPDATE users SET locale = NULL WHERE locale = 'en';
