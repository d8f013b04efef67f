/** The ledger over HTTP. */
package org.tributary.transactions.boundary;
