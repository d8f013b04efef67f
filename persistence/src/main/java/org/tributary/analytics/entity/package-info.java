/** The ledger's copy in ClickHouse, which the reports read: its schema and its rows (decision 37). */
package org.tributary.analytics.entity;
