/** Importing: the import requests on the ETL queue and the life cycle of each import run. */
package org.tributary.importing.control;
