/** Security: issuing access tokens, throttling sign-in failures, and the audit log. */
package org.tributary.security.control;
