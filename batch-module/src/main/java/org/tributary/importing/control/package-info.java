/** Importing control of the ETL: launching the import job and its steps. */
package org.tributary.importing.control;
