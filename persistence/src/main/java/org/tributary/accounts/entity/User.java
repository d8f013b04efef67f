package org.tributary.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A person who signs in. The email is stored normalised; the password only as its hash. */
@Entity
@Table(name = "users")
public class User {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "base_currency", nullable = false, length = 3)
    private String baseCurrency;

    /** A language tag the person chose, or null: then the browser's language applies. */
    private String locale;

    /** The report period last chosen in the portal (see ReportFilters), or null. */
    @Column(name = "report_period")
    private String reportPeriod;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected User() {}

    public User(String email, String passwordHash) {
        this.id = UUID.randomUUID();
        this.email = Objects.requireNonNull(email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.baseCurrency = "EUR";
        this.createdAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getBaseCurrency() {
        return baseCurrency;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    public void setBaseCurrency(String baseCurrency) {
        this.baseCurrency = baseCurrency;
    }

    public Optional<String> getLocale() {
        return Optional.ofNullable(locale);
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public Optional<String> getReportPeriod() {
        return Optional.ofNullable(reportPeriod);
    }

    public void setReportPeriod(String reportPeriod) {
        this.reportPeriod = reportPeriod;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
