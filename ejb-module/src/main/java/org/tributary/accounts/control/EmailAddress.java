package org.tributary.accounts.control;

import java.util.Locale;
import java.util.regex.Pattern;
import org.tributary.platform.control.InvalidInputException;

/**
 * An email address as accounts store it: trimmed and lower-cased, so that sign-in ignores case. Letters
 * of any script are accepted (internationalised addresses); the shape must be local@domain.tld.
 */
public record EmailAddress(String value) {

    static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile(
            "^[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,63}$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("email", "Enter your email address.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("email", "An email address has at most " + MAX_LENGTH + " characters.");
        }
        if (!SHAPE.matcher(value).matches() || value.contains("..")) {
            throw new InvalidInputException("email", "This does not look like an email address.");
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }
}
