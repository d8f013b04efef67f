package org.tributary.security.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a string attribute sealed by {@link SecretCipher}: the database only ever sees the envelope. The
 * keys come from configuration ({@code tributary.encryption.keys}, {@code tributary.encryption.active-key}).
 */
@Converter
public class SealedStringConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return plaintext == null ? null : SecretCipher.configured().seal(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String envelope) {
        return envelope == null ? null : SecretCipher.configured().open(envelope);
    }
}
