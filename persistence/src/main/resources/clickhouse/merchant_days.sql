CREATE TABLE IF NOT EXISTS ${database}.merchant_days (
    user_id      UUID,
    merchant     String,
    booked_date  Date,
    transactions Int64
) ENGINE = SummingMergeTree
ORDER BY (user_id, merchant, booked_date)
