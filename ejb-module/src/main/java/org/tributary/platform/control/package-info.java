/** Cross-cutting control: resource names, schema migration on deploy, the ClickHouse wiring. */
package org.tributary.platform.control;
