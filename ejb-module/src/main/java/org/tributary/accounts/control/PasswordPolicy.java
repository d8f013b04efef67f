package org.tributary.accounts.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.tributary.platform.control.InvalidInputException;

/**
 * What a new password must be: at least 10 characters, at most 1,000, and not one of the passwords people
 * choose most often (a list shipped with the application, {@code accounts/common-passwords.txt}).
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 1000;
    private static final Set<String> COMMON = load("accounts/common-passwords.txt");

    private PasswordPolicy() {}

    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("password", "Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "Use at most " + MAX_LENGTH + " characters.");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT)) || oneCharacterRepeated(password)) {
            throw new InvalidInputException("password", "This password is too common; choose another.");
        }
    }

    /**
     * The length cap alone, for a password given to sign in: checked before Argon2 so that nobody can make
     * the server hash megabytes.
     */
    public static void checkLength(String field, String password) {
        if (password != null && password.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "A password has at most " + MAX_LENGTH + " characters.");
        }
    }

    private static boolean oneCharacterRepeated(String password) {
        return password.chars().distinct().count() == 1;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
