/** Reporting: keeping the ClickHouse table that reports read in step with the ledger. */
package org.tributary.reporting.control;
