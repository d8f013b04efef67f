/** The sources of a user's transactions, with their credentials sealed at rest. */
package org.tributary.sources.entity;
