CREATE TABLE IF NOT EXISTS ${database}.ledger (
    user_id        UUID,
    transaction_id UUID,
    source_id      UUID,
    source_kind    String,
    source_name    String,
    booked_date    Date,
    amount         Decimal(18, 2),
    currency       FixedString(3),
    description    String,
    merchant       String,
    category       String,
    type           String,
    version        UInt64,
    deleted        UInt8
) ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(booked_date)
ORDER BY (user_id, booked_date, transaction_id)
