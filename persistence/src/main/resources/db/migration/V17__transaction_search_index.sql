-- Searching the transactions list (description or merchant containing the words, ILIKE '%…%') read the
-- user's whole ledger when the words were rare or absent: 1.4 s at a million rows (issue 14, decision 35).
-- A trigram index answers such a search from the index; the date index still serves common words (the
-- first page is found after a few rows of it). pg_trgm is a trusted extension (PostgreSQL 13+): the
-- database's owner, the application's role, may create it.
-- The index costs every import: GIN collects new entries in a pending list and merges it into the index
-- when it is full. A 64 MB list (4 MB by default) merges a million-row import in fewer, larger steps: its
-- insert took 134 s instead of 242 s (66 s without the index) on a busy machine; vacuum empties the list.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX transactions_text_trgm_idx ON transactions USING gin (description gin_trgm_ops, merchant gin_trgm_ops)
    WITH (gin_pending_list_limit = 65536);
