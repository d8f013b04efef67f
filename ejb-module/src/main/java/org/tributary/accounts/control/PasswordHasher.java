package org.tributary.accounts.control;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane), stored as a PHC string that names
 * its own parameters, so stronger settings later still verify older hashes.
 */
public final class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID, 19);
    /** Verified against when the email is unknown, so that the answer takes as long as for a wrong password. */
    private static final String DECOY = hash("decoy password that never matches");

    private PasswordHasher() {}

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public static boolean matches(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    public static void spendTheSameTime(String password) {
        matches(password, DECOY);
    }
}
