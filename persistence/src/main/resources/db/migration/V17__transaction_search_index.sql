-- Searching the transactions list (description or merchant containing the words, ILIKE '%…%') read the
-- user's whole ledger when the words were rare or absent: 1.4 s at a million rows (issue 14, decision 35).
-- A trigram index answers such a search from the index; the date index still serves common words (the
-- first page is found after a few rows of it). pg_trgm is a trusted extension (PostgreSQL 13+): the
-- database's owner, the application's role, may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX transactions_text_trgm_idx ON transactions USING gin (description gin_trgm_ops, merchant gin_trgm_ops);
