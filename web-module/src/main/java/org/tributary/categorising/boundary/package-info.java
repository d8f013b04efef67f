/** The HTTP side of categorising: the categories to choose from. */
package org.tributary.categorising.boundary;
