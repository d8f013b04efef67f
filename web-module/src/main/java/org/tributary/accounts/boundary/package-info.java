/** Accounts over HTTP: sign-up, sign-in, sign-out and the user's own account. */
package org.tributary.accounts.boundary;
