package org.tributary.sandbox;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * International bank account numbers for the sandbox's accounts: made from a seed, so the same account has the same
 * IBAN in every answer, with check digits computed as ISO 13616 says (mod 97), so a client's validation accepts them.
 */
final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {}

    /** A British IBAN: the bank's four letters, then a sort code and an account number made from {@code seed}. */
    static String gb(String bankCode, String seed) {
        return of("GB", bankCode + digits("GB:" + seed, 14));
    }

    /** A German IBAN: a bank code (BLZ) and an account number made from {@code seed}. */
    static String de(String seed) {
        return of("DE", digits("DE:" + seed, 18));
    }

    /** The IBAN of a country's basic bank account number, its check digits computed. */
    static String of(String country, String bban) {
        String upper = bban.toUpperCase(Locale.ROOT);
        int check = 98 - mod97(upper + country + "00");
        return country + (check < 10 ? "0" : "") + check + upper;
    }

    /** Whether the IBAN's check digits are right (spaces allowed, as IBANs are printed). */
    static boolean valid(String iban) {
        String compact = iban == null ? "" : iban.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{1,30}")) {
            return false;
        }
        return mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
    }

    private static int mod97(String rearranged) {
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue();
    }

    private static String digits(String seed, int count) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            StringBuilder digits = new StringBuilder(count);
            for (int i = 0; i < count; i++) {
                digits.append(Math.floorMod(hash[i % hash.length] + i / hash.length, 10));
            }
            return digits.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
