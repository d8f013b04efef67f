/** Bank connections over HTTP: what can be connected, and a bank that did not answer. */
package org.tributary.syncing.boundary;
