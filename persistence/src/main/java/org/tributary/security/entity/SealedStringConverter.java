package org.tributary.security.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stores a string attribute sealed by {@link SecretCipher}: the database only ever sees the envelope. The
 * keys come from configuration ({@code tributary.encryption.keys}, {@code tributary.encryption.active-key}).
 */
@Converter
public class SealedStringConverter implements AttributeConverter<String, String> {

    private volatile SecretCipher cipher;

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return plaintext == null ? null : cipher().seal(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String envelope) {
        return envelope == null ? null : cipher().open(envelope);
    }

    private SecretCipher cipher() {
        SecretCipher current = cipher;
        if (current == null) {
            Config config = ConfigProvider.getConfig(SealedStringConverter.class.getClassLoader());
            current = SecretCipher.fromConfiguration(
                    config.getValue("tributary.encryption.keys", String.class),
                    config.getValue("tributary.encryption.active-key", String.class));
            cipher = current;
        }
        return current;
    }
}
