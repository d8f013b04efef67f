package org.tributary.categorising.control;

/**
 * What the categorising layers see of a transaction: the cleaned merchant name, the bank's description and
 * the direction of the money (-1 out, 1 in). Never the amount, the account or the user.
 */
public record Descriptor(String merchant, String description, int sign) {

    public Descriptor {
        merchant = merchant == null ? "" : merchant;
        description = description == null ? "" : description;
        sign = Integer.signum(sign);
    }
}
