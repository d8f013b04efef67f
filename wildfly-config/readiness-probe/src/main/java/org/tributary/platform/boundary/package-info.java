/**
 * The readiness checks (MicroProfile Health). They live in a deployment of their own beside the EAR
 * because WildFly does not register health checks found in EAR subdeployments; they use only resources
 * the server binds (datasources, the JMS connection factory and queues), none of the EAR's classes.
 */
package org.tributary.platform.boundary;
