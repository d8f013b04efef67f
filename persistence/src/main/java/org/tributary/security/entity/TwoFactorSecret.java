package org.tributary.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An account's TOTP secret, sealed at rest. It signs nobody in until {@link #isConfirmed() confirmed} with a
 * first code. The last accepted time step is changed only by a conditional update, so no code counts twice.
 */
@Entity
@Table(name = "two_factor")
public class TwoFactorSecret {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Convert(converter = SealedStringConverter.class)
    @Column(nullable = false)
    private String secret;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TwoFactorSecret() {}

    /** @param secret the Base32 secret the authenticator app was given */
    public TwoFactorSecret(UUID userId, String secret) {
        this.userId = Objects.requireNonNull(userId);
        this.secret = Objects.requireNonNull(secret);
        this.lastUsedStep = -1;
        this.createdAt = Instant.now();
    }

    public UUID getUserId() {
        return userId;
    }

    public String getSecret() {
        return secret;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public void confirm() {
        this.confirmedAt = Instant.now();
    }

    public long getLastUsedStep() {
        return lastUsedStep;
    }
}
