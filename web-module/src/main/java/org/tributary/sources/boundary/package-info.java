/** Sources over HTTP, always scoped to the signed-in user. */
package org.tributary.sources.boundary;
