/** Importing boundary of the ETL: the message consumers that start import jobs. */
package org.tributary.importing.boundary;
