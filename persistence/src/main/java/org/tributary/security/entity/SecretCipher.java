package org.tributary.security.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * AES-256-GCM for secrets at rest. A sealed value is the text {@code v1.<keyId>.<base64(nonce|ciphertext|tag)>}:
 * the key id travels with the ciphertext, so a new active key encrypts from now on while values sealed
 * under older keys still open as long as those keys stay configured. The key id is authenticated data.
 */
public final class SecretCipher {

    private static final String FORMAT = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile SecretCipher configured;

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;

    /**
     * @param keys key id → 32-byte key
     * @param activeKeyId the key that seals new values
     */
    public SecretCipher(Map<String, byte[]> keys, String activeKeyId) {
        this.keys = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalArgumentException("key id must be 1-32 letters, digits, '-' or '_'");
            }
            if (key.length != 32) {
                throw new IllegalArgumentException("key " + id + " must be 32 bytes (AES-256), is " + key.length);
            }
            this.keys.put(id, new SecretKeySpec(key, "AES"));
        });
        if (!this.keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active key " + activeKeyId + " is not among the configured keys");
        }
        this.activeKeyId = activeKeyId;
    }

    /** Parses {@code id1:base64key,id2:base64key}, the form the configuration uses. */
    public static SecretCipher fromConfiguration(String keyList, String activeKeyId) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : keyList.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("encryption keys must look like id:base64key[,id:base64key]");
            }
            keys.put(parts[0].trim(), Base64.getDecoder().decode(parts[1].trim()));
        }
        return new SecretCipher(keys, activeKeyId);
    }

    public String seal(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), nonce, activeKeyId);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return FORMAT + "." + activeKeyId + "." + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String open(String envelope) {
        String[] parts = envelope.split("\\.", 3);
        if (parts.length != 3 || !FORMAT.equals(parts[0])) {
            throw new IllegalArgumentException("not a sealed value");
        }
        SecretKey key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("no key " + parts[1] + " is configured to open this value");
        }
        byte[] in = Base64.getDecoder().decode(parts[2]);
        byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, parts[1]);
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value failed its integrity check", e);
        }
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** The id of the key a sealed value names, or null when the text is not a sealed value. */
    public static String keyIdOf(String envelope) {
        String[] parts = envelope.split("\\.", 3);
        return parts.length == 3 && FORMAT.equals(parts[0]) ? parts[1] : null;
    }

    /** The key of this id, for {@link SealedFiles}; an error names a key that is not configured. */
    SecretKey key(String keyId) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("no key " + keyId + " is configured to open this value");
        }
        return key;
    }

    /** The cipher of the configuration ({@code tributary.encryption.keys}, {@code tributary.encryption.active-key}). */
    public static SecretCipher configured() {
        SecretCipher current = configured;
        if (current == null) {
            Config config = ConfigProvider.getConfig(SecretCipher.class.getClassLoader());
            current = fromConfiguration(
                    config.getValue("tributary.encryption.keys", String.class),
                    config.getValue("tributary.encryption.active-key", String.class));
            configured = current;
        }
        return current;
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String keyId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
