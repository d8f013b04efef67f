/** The ClickHouse analytics table that reports read: its schema and its only repository. */
package org.tributary.reporting.entity;
