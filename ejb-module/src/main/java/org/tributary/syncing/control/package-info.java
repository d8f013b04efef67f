/**
 * Bank connections (issue 17): connecting a bank through its provider, syncing its transactions into the import
 * pipeline on demand, and what a failed sync tells the person.
 */
package org.tributary.syncing.control;
