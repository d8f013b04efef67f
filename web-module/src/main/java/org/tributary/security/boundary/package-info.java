/** Security at the HTTP boundary: the token cookie, who is signed in, the CSRF guard, the sliding refresh. */
package org.tributary.security.boundary;
