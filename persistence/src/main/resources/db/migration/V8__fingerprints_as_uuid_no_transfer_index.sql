-- A fingerprint was "c:" or "x:" and the hex of a SHA-256; it is now the first 128 bits of that hash as a
-- uuid, which keeps every stored fingerprint comparable with those the importer computes. The unique index
-- that every imported row is checked against is a quarter of its size. A cash entry's fingerprint is its
-- entry id.
ALTER TABLE transactions ALTER COLUMN fingerprint TYPE uuid USING (
    CASE WHEN fingerprint LIKE 'cash:%' THEN substr(fingerprint, 6)::uuid
         ELSE substr(fingerprint, 3, 32)::uuid END);

-- Transfers are matched by a hash join over the user's rows (as fast as through this index at a million
-- rows), and this index, ordered by amount, took a random page write for every imported row.
DROP INDEX transactions_transfer_match_idx;
