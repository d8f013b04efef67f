/** The ledger as the user sees it: listing transactions and entering cash spending. */
package org.tributary.transactions.control;
