package org.tributary.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tributary.security.control.ClientInfo;
import org.tributary.security.control.Sessions;
import org.tributary.security.control.TokenIssuer;

/**
 * Between a verified token and its server-side session (decision 40): a request is signed in only while the
 * session its token names is live; the answer is worked out once per request. Starts a session at sign-in
 * (the cookies to set), renews the token within the session's absolute lifetime, ends the session at
 * sign-out.
 */
@ApplicationScoped
public class SessionGate {

    private static final String CHECKED = SessionGate.class.getName() + ".liveUntil";

    @Inject
    Sessions sessions;

    @Inject
    TokenIssuer issuer;

    /** @return the request's verified token while its session is live; empty without one or once it ended */
    public Optional<JsonWebToken> live(HttpServletRequest request) {
        return liveUntil(request).map(until -> (JsonWebToken) request.getUserPrincipal());
    }

    /** @return whether the request carries a verified token whose session has ended or expired */
    public boolean ended(HttpServletRequest request) {
        return request.getUserPrincipal() instanceof JsonWebToken
                && liveUntil(request).isEmpty();
    }

    public static Optional<UUID> sessionId(JsonWebToken token) {
        Object claim = token.getClaim(TokenIssuer.SESSION_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String text = claim instanceof jakarta.json.JsonString json ? json.getString() : claim.toString();
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Starts a session for a user who has just proved who they are. @return the Set-Cookie header values */
    public List<String> signIn(UUID userId, HttpServletRequest request) {
        List<String> cookies = new ArrayList<>();
        Optional<String> deviceKey = DeviceCookie.key(request);
        String device = null;
        if (deviceKey.isEmpty()) {
            device = DeviceCookie.newValue();
            cookies.add(DeviceCookie.header(device, request.isSecure()));
        }
        ClientInfo client = Clients.of(request);
        if (device != null) {
            client = new ClientInfo(client.address(), client.userAgent(), DeviceCookie.sha256(device));
        }
        Sessions.Started session = sessions.start(userId, client);
        cookies.add(0, tokenCookie(userId, session.id(), session.expiresAt(), request.isSecure()));
        return cookies;
    }

    /** @return a fresh token cookie when the request's token is past half its lifetime and its session live */
    public Optional<String> renewal(HttpServletRequest request) {
        Optional<Instant> until = liveUntil(request);
        if (until.isEmpty()) {
            return Optional.empty();
        }
        JsonWebToken token = (JsonWebToken) request.getUserPrincipal();
        Duration age = Duration.between(Instant.ofEpochSecond(token.getIssuedAtTime()), Instant.now());
        Instant expiry = Instant.ofEpochSecond(token.getExpirationTime());
        // Past half its life, and a renewal would actually reach further (not at the session's absolute end).
        if (age.compareTo(issuer.lifetime().dividedBy(2)) <= 0
                || !issuer.expiry(until.get()).isAfter(expiry.plusSeconds(1))) {
            return Optional.empty();
        }
        UUID session = sessionId(token).orElseThrow();
        return Optional.of(tokenCookie(UUID.fromString(token.getSubject()), session, until.get(), request.isSecure()));
    }

    /** Ends the session of the request's token, if it has one. */
    public void endCurrent(HttpServletRequest request) {
        if (request.getUserPrincipal() instanceof JsonWebToken token) {
            sessionId(token).ifPresent(id -> sessions.end(UUID.fromString(token.getSubject()), id));
        }
        request.removeAttribute(CHECKED);
    }

    private String tokenCookie(UUID userId, UUID sessionId, Instant notAfter, boolean secure) {
        String token = issuer.issue(userId, sessionId, notAfter);
        Duration left = Duration.between(Instant.now(), issuer.expiry(notAfter));
        return AccessTokenCookie.of(token, left.isNegative() ? Duration.ZERO : left, secure);
    }

    private Optional<Instant> liveUntil(HttpServletRequest request) {
        if (!(request.getUserPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object memo = request.getAttribute(CHECKED);
        if (memo == null) {
            memo = sessionId(token)
                    .flatMap(id -> sessions.liveUntil(id, UUID.fromString(token.getSubject()), request.getRemoteAddr()))
                    .<Object>map(until -> until)
                    .orElse(Boolean.FALSE);
            request.setAttribute(CHECKED, memo);
        }
        return memo instanceof Instant until ? Optional.of(until) : Optional.empty();
    }
}
