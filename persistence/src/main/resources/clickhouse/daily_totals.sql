CREATE TABLE IF NOT EXISTS ${database}.daily_totals (
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
    transactions Int64
) ENGINE = SummingMergeTree
PARTITION BY toYYYYMM(booked_date)
ORDER BY (user_id, booked_date, source_id, source_kind, category, type, merchant, currency)
