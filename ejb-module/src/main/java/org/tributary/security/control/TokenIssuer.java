package org.tributary.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Issues the access token: an RS256 JWT whose subject is the user id (no email, nothing personal), signed
 * with the private key from configuration. MicroProfile JWT verifies it with the matching public key.
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String USER_GROUP = "user";

    /** The claim that names the token's server-side session. */
    public static final String SESSION_CLAIM = "sid";

    @Inject
    @ConfigProperty(name = "tributary.jwt.private-key-location")
    String privateKeyLocation;

    @Inject
    @ConfigProperty(name = "tributary.jwt.issuer", defaultValue = "tributary")
    String issuer;

    @Inject
    @ConfigProperty(name = "tributary.jwt.key-id", defaultValue = "tributary-1")
    String keyId;

    @Inject
    @ConfigProperty(name = "tributary.jwt.lifetime", defaultValue = "PT15M")
    Duration lifetime;

    private PrivateKey privateKey;

    @PostConstruct
    void loadKey() {
        privateKey = readPkcs8Pem(Path.of(privateKeyLocation.replaceFirst("^file:", "")));
    }

    public Duration lifetime() {
        return lifetime;
    }

    /**
     * @param sessionId the server-side session the token belongs to (the "sid" claim, decision 40)
     * @param notAfter the session's absolute expiry: the token never outlives it
     */
    public String issue(UUID userId, UUID sessionId, Instant notAfter) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(userId.toString());
        claims.setClaim("upn", userId.toString());
        claims.setStringListClaim("groups", List.of(USER_GROUP));
        claims.setClaim(SESSION_CLAIM, sessionId.toString());
        claims.setIssuedAtToNow();
        Instant expiry = expiry(notAfter);
        claims.setExpirationTime(NumericDate.fromSeconds(expiry.getEpochSecond()));
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey);
        jws.setKeyIdHeaderValue(keyId);
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign the access token", e);
        }
    }

    /** When a token issued now for a session that ends at notAfter expires. */
    public Instant expiry(Instant notAfter) {
        Instant full = Instant.now().plus(lifetime);
        return full.isBefore(notAfter) ? full : notAfter;
    }

    static PrivateKey readPkcs8Pem(Path file) {
        try {
            String pem = Files.readString(file)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the JWT signing key " + file + " is not a PKCS#8 PEM RSA key", e);
        }
    }
}
