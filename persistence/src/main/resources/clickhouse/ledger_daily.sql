CREATE TABLE IF NOT EXISTS ${database}.ledger_daily (
    user_id      UUID,
    booked_date  Date,
    source_id    UUID,
    source_kind  String,
    category     String,
    type         String,
    merchant     String,
    currency     FixedString(3),
    amount       Decimal(18, 2),
    outgoing     Decimal(18, 2),
    transactions UInt64,
    version      UInt64
) ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(booked_date)
ORDER BY (user_id, booked_date, source_id, source_kind, category, type, merchant, currency)
