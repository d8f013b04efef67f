package org.tributary.accounts.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.tributary.accounts.entity.User;
import org.tributary.platform.control.ConflictException;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.NotFoundException;
import org.tributary.security.control.AuditLog;
import org.tributary.security.control.ClientInfo;
import org.tributary.security.control.Sessions;
import org.tributary.security.control.SignInThrottle;
import org.tributary.security.control.SignUpThrottle;
import org.tributary.security.control.TwoFactor;
import org.tributary.security.control.TwoFactorRequiredException;

/** Signing up, signing in and the account's preferences. */
@Stateless
public class Accounts {

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    @Inject
    SignInThrottle throttle;

    @Inject
    SignUpThrottle signUpThrottle;

    @Inject
    Sessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    TwoFactor twoFactor;

    /** @throws org.tributary.security.control.TooManyAttemptsException too many sign-ups from the address */
    public User signUp(String rawEmail, String password, ClientInfo client) {
        signUpThrottle.attempt(client);
        EmailAddress email;
        try {
            email = EmailAddress.of(rawEmail);
            PasswordPolicy.check(password);
            if (findByEmail(email).isPresent()) {
                throw new ConflictException("An account with this email already exists.");
            }
        } catch (InvalidInputException | ConflictException refused) {
            signUpThrottle.refused(client);
            throw refused;
        }
        User user = new User(email.value(), PasswordHasher.hash(password));
        em.persist(user);
        em.flush();
        audit.record(AuditLog.Kind.SIGN_UP, user.getId(), email.value(), client);
        return user;
    }

    /**
     * @return the user when the email and password match; empty otherwise, with the same cost whether the
     *     email is unknown or the password wrong
     * @throws org.tributary.security.control.TooManyAttemptsException while sign-in is blocked
     */
    public Optional<User> signIn(String rawEmail, String password, ClientInfo client) {
        return signIn(rawEmail, password, null, client);
    }

    /**
     * As {@link #signIn(String, String, ClientInfo)}, with the code of an account that has two-factor sign-in
     * on (a TOTP code or a recovery code); a wrong code counts as a failed sign-in.
     *
     * @throws TwoFactorRequiredException when the password is right but the account needs a valid code
     */
    public Optional<User> signIn(String rawEmail, String password, String code, ClientInfo client) {
        PasswordPolicy.checkLength("password", password);
        String account = normalisedOrRaw(rawEmail);
        boolean knownDevice = sessions.knownDevice(account, client.deviceKey());
        try {
            throttle.checkAllowed(account, client, knownDevice);
        } catch (RuntimeException blocked) {
            audit.record(AuditLog.Kind.SIGN_IN_THROTTLED, null, account, client);
            throw blocked;
        }
        Optional<User> user = validEmail(rawEmail).flatMap(this::findByEmail);
        boolean matches = user.isPresent()
                ? PasswordHasher.matches(
                        password == null ? "" : password, user.get().getPasswordHash())
                : spendTheSameTime(password);
        if (!matches) {
            throttle.recordFailure(account, client, knownDevice);
            audit.record(AuditLog.Kind.SIGN_IN_FAILED, user.map(User::getId).orElse(null), account, client);
            return Optional.empty();
        }
        if (twoFactor.isOn(user.get().getId())) {
            boolean codeGiven = code != null && !code.isBlank();
            if (!codeGiven || !twoFactor.accept(user.get().getId(), code, client)) {
                if (codeGiven) {
                    throttle.recordFailure(account, client, knownDevice);
                    audit.record(AuditLog.Kind.SIGN_IN_FAILED, user.get().getId(), account, client);
                }
                throw new TwoFactorRequiredException(codeGiven);
            }
        }
        throttle.recordSuccess(account);
        audit.record(AuditLog.Kind.SIGN_IN, user.get().getId(), account, client);
        return user;
    }

    public void signOut(UUID userId, ClientInfo client) {
        audit.record(AuditLog.Kind.SIGN_OUT, userId, null, client);
    }

    /**
     * Checks the current password (a wrong one counts as a failed sign-in), sets the new one and ends every
     * other session of the account.
     */
    public void changePassword(
            UUID userId, UUID currentSession, String currentPassword, String newPassword, ClientInfo client) {
        PasswordPolicy.checkLength("currentPassword", currentPassword);
        User user = find(userId);
        String account = user.getEmail();
        boolean knownDevice = sessions.knownDevice(account, client.deviceKey());
        throttle.checkAllowed(account, client, knownDevice);
        if (currentPassword == null || !PasswordHasher.matches(currentPassword, user.getPasswordHash())) {
            throttle.recordFailure(account, client, knownDevice);
            audit.record(AuditLog.Kind.SIGN_IN_FAILED, userId, account, client);
            throw new InvalidInputException("currentPassword", "The current password is wrong.");
        }
        try {
            PasswordPolicy.check(newPassword);
        } catch (InvalidInputException weak) {
            throw new InvalidInputException(weak.errors().stream()
                    .map(e -> new InvalidInputException.FieldError("newPassword", e.message()))
                    .toList());
        }
        user.setPasswordHash(PasswordHasher.hash(newPassword));
        sessions.endAllBut(userId, currentSession);
        audit.recordChange(AuditLog.Kind.PASSWORD_CHANGED, userId, null, client);
    }

    public User find(UUID userId) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new NotFoundException("account");
        }
        return user;
    }

    public User updatePreferences(UUID userId, String baseCurrency, String locale) {
        User user = find(userId);
        if (baseCurrency != null) {
            user.setBaseCurrency(currency(baseCurrency));
        }
        if (locale != null) {
            user.setLocale(languageTag(locale));
        }
        return user;
    }

    /** @param period the portal's words for a period (at most 40 characters), or null to forget it */
    public void rememberReportPeriod(UUID userId, String period) {
        if (period != null && period.length() > 40) {
            throw new InvalidInputException("period", "A period is at most 40 characters.");
        }
        find(userId).setReportPeriod(period);
    }

    private Optional<User> findByEmail(EmailAddress email) {
        List<User> found = em.createQuery("select u from User u where lower(u.email) = :email", User.class)
                .setParameter("email", email.value())
                .getResultList();
        return found.stream().findFirst();
    }

    private static Optional<EmailAddress> validEmail(String raw) {
        try {
            return Optional.of(EmailAddress.of(raw));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static String normalisedOrRaw(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return email.length() > EmailAddress.MAX_LENGTH ? email.substring(0, EmailAddress.MAX_LENGTH) : email;
    }

    private static boolean spendTheSameTime(String password) {
        PasswordHasher.spendTheSameTime(password == null ? "" : password);
        return false;
    }

    private static String currency(String code) {
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("baseCurrency", "Use a three-letter ISO 4217 code such as EUR.");
        }
    }

    private static String languageTag(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new InvalidInputException("locale", "Use a language tag such as en or ru-RU.");
        }
    }
}
