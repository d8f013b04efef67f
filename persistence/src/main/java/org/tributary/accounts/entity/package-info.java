/** The people who use Tributary: their sign-in identity and preferences. */
package org.tributary.accounts.entity;
