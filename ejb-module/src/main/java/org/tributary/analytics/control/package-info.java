/**
 * The ledger's copy in ClickHouse (decision 37): {@link org.tributary.analytics.control.ClickHouseRepository},
 * the one way into ClickHouse, and what keeps the copy in step with PostgreSQL — {@code AnalyticsLoader}
 * (imports, cash entries, changed rows, tombstones, the catch-up) and {@code DailyTotals}. It depends on no
 * feature but platform, so every feature that changes the ledger may call it.
 */
package org.tributary.analytics.control;
