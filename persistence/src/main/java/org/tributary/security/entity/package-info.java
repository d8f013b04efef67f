/** Secrets at rest: AES-GCM sealing with rotating keys, and the JPA converter that applies it. */
package org.tributary.security.entity;
