/** The HTTP side of reporting: the reports, their exports, and the exchange rates they convert with. */
package org.tributary.reporting.boundary;
