package org.tributary.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.tributary.platform.control.ConflictException;
import org.tributary.security.entity.TwoFactorSecret;

/**
 * Two-factor sign-in with TOTP: setting it up, confirming it with a first code (which hands out the recovery
 * codes), checking a code at sign-in and turning it off. Every acceptance of a code is a conditional update in
 * PostgreSQL, so a code is accepted once, whichever node sees it first. Turning it on or off and using a
 * recovery code are audited (never the code).
 */
@Stateless
public class TwoFactor {

    public static final String ISSUER = "Tributary";

    /** What the authenticator app needs: the secret, and the same as an otpauth URI. */
    public record Enrolment(String secret, String otpauthUri) {}

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    /** Starts (or restarts) setting up; the secret signs nobody in until {@link #confirm} accepts a code. */
    public Enrolment begin(UUID userId, String email) {
        TwoFactorSecret existing = em.find(TwoFactorSecret.class, userId);
        if (existing != null && existing.isConfirmed()) {
            throw new ConflictException("Two-factor sign-in is already on. Turn it off first to start again.");
        }
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        TwoFactorSecret secret = new TwoFactorSecret(userId, Totp.newSecret());
        em.persist(secret);
        return new Enrolment(secret.getSecret(), Totp.otpauthUri(ISSUER, email, secret.getSecret()));
    }

    /** @return the recovery codes, in plain text this once */
    public List<String> confirm(UUID userId, String code, ClientInfo client) {
        TwoFactorSecret secret = em.find(TwoFactorSecret.class, userId);
        if (secret == null) {
            throw new ConflictException("Start setting up two-factor sign-in first.");
        }
        if (secret.isConfirmed()) {
            throw new ConflictException("Two-factor sign-in is already on.");
        }
        if (!acceptTotp(secret, code)) {
            throw new WrongCodeException();
        }
        List<String> codes = RecoveryCodes.generate();
        em.createNativeQuery("delete from two_factor_recovery_codes where user_id = ?1")
                .setParameter(1, userId)
                .executeUpdate();
        for (String plain : codes) {
            em.createNativeQuery("insert into two_factor_recovery_codes (user_id, code_hash) values (?1, ?2)")
                    .setParameter(1, userId)
                    .setParameter(2, RecoveryCodes.hashOf(plain))
                    .executeUpdate();
        }
        secret.confirm();
        audit.recordChange(AuditLog.Kind.TWO_FACTOR_ON, userId, null, client);
        return codes;
    }

    /**
     * Turns two-factor sign-in off. Once it is on, this needs a valid code; wrong codes count towards the
     * sign-in throttle, so a stolen cookie cannot guess its way to turning it off.
     */
    public void turnOff(UUID userId, String email, String code, ClientInfo client) {
        TwoFactorSecret secret = em.find(TwoFactorSecret.class, userId);
        if (secret == null) {
            return;
        }
        if (secret.isConfirmed()) {
            throttle.checkAllowed(email, client);
            if (!accept(userId, code, client)) {
                throttle.recordFailure(email, client);
                throw new WrongCodeException();
            }
        }
        em.createNativeQuery("delete from two_factor_recovery_codes where user_id = ?1")
                .setParameter(1, userId)
                .executeUpdate();
        if (secret.isConfirmed()) {
            audit.recordChange(AuditLog.Kind.TWO_FACTOR_OFF, userId, null, client);
        }
        em.remove(em.contains(secret) ? secret : em.merge(secret));
    }

    public boolean isOn(UUID userId) {
        TwoFactorSecret secret = em.find(TwoFactorSecret.class, userId);
        return secret != null && secret.isConfirmed();
    }

    /** @return whether {@code code} is a valid TOTP code not used before, or an unused recovery code (now used) */
    public boolean accept(UUID userId, String code, ClientInfo client) {
        TwoFactorSecret secret = em.find(TwoFactorSecret.class, userId);
        if (secret == null || !secret.isConfirmed() || code == null) {
            return false;
        }
        if (Totp.digitsOnly(code) != null) {
            return acceptTotp(secret, code);
        }
        byte[] hash = RecoveryCodes.hashOf(code);
        boolean used = hash != null
                && em.createNativeQuery("update two_factor_recovery_codes set used_at = now()"
                                        + " where user_id = ?1 and code_hash = ?2 and used_at is null")
                                .setParameter(1, userId)
                                .setParameter(2, hash)
                                .executeUpdate()
                        == 1;
        if (used) {
            audit.recordChange(AuditLog.Kind.RECOVERY_CODE_USED, userId, null, client);
        }
        return used;
    }

    private boolean acceptTotp(TwoFactorSecret secret, String code) {
        OptionalLong step = Totp.matchingStep(secret.getSecret(), code, Instant.now(), secret.getLastUsedStep());
        if (step.isEmpty()) {
            return false;
        }
        // The step moves only forward, and only if no other request (on any node) took this step first.
        int updated = em.createNativeQuery(
                        "update two_factor set last_used_step = ?1 where user_id = ?2 and last_used_step < ?1")
                .setParameter(1, step.getAsLong())
                .setParameter(2, secret.getUserId())
                .executeUpdate();
        em.refresh(secret);
        return updated == 1;
    }
}
