-- A bank that answered 429 with Retry-After is not asked again before then, by a schedule or a person (issue 17).
ALTER TABLE sources ADD COLUMN sync_not_before timestamptz;
