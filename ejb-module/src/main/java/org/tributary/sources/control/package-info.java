/** Sources: where a user's transactions come from, scoped to their owner. */
package org.tributary.sources.control;
