/** Analysis: what a person's ledger says beyond its reports, such as the payments that recur. */
package org.tributary.analysis.control;
