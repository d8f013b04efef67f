/** Asking: POST /api/v1/ask and the Ask page. */
package org.tributary.asking.boundary;
