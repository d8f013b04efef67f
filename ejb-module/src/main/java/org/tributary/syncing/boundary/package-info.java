/** Bank connections: the workers on the {@code etl-<provider>-auth-data} queues. */
package org.tributary.syncing.boundary;
