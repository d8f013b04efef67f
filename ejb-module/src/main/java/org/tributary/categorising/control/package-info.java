/** Categorising: transfers between the user's own accounts (rules and ML follow). */
package org.tributary.categorising.control;
