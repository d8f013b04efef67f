/** Analysis over HTTP: the payments that recur. */
package org.tributary.analysis.boundary;
