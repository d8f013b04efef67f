SELECT user_id, booked_date, source_id, source_kind, category, type, merchant, currency,
       toDecimal64(sum(amount), 2), toDecimal64(sumIf(amount, amount < 0), 2), toInt64(count())
FROM ${database}.ledger FINAL
WHERE deleted = 0 AND ${condition}
GROUP BY user_id, booked_date, source_id, source_kind, category, type, merchant, currency
