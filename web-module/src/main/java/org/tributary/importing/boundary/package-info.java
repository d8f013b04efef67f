/** Importing over HTTP: uploads and the status of each import. */
package org.tributary.importing.boundary;
