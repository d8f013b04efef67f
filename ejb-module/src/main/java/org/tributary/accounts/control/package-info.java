/** Accounts: sign-up and sign-in rules (email, password policy, Argon2id hashing) and preferences. */
package org.tributary.accounts.control;
