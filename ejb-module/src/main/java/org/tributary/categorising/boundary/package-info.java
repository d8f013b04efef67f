/** Categorising's entry points: the worker that consumes {@code ml-categorise}. */
package org.tributary.categorising.boundary;
