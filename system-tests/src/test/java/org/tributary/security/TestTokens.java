package org.tributary.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.tributary.platform.SystemUnderTest;

/** Tokens a test makes itself: with the server's real signing key (to control the claims) or with others. */
public final class TestTokens {

    private TestTokens() {}

    /**
     * A valid token of the session (its "sid") issued 100 s ago with 20 s left: past half of the test server's
     * 2-minute lifetime.
     */
    public static String agedToken(UUID subject, UUID session) throws Exception {
        return signedByServerKey(subject, session, 100, 20);
    }

    /** A token the server signed itself, as the server would, but without a session: an older release's. */
    static String signedByServerKey(UUID subject, long issuedAtSecondsAgo, long expiresInSeconds) throws Exception {
        return sign(claims(subject, issuedAtSecondsAgo, expiresInSeconds), serverKey());
    }

    static String signedByServerKey(UUID subject, UUID session, long issuedAtSecondsAgo, long expiresInSeconds)
            throws Exception {
        JwtClaims claims = claims(subject, issuedAtSecondsAgo, expiresInSeconds);
        claims.setClaim("sid", session.toString());
        return sign(claims, serverKey());
    }

    /** The session a token names (its "sid" claim), read without checking the signature. */
    public static UUID sessionOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        java.util.regex.Matcher sid =
                java.util.regex.Pattern.compile("\"sid\":\"([^\"]+)\"").matcher(payload);
        if (!sid.find()) {
            throw new IllegalStateException("no sid in " + payload);
        }
        return UUID.fromString(sid.group(1));
    }

    static String signedByAnotherKey(UUID subject) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return sign(claims(subject, 0, 600), generator.generateKeyPair().getPrivate());
    }

    static String unsigned(UUID subject) throws Exception {
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + base64Url(claims(subject, 0, 600).toJson()) + ".";
    }

    /** A valid token whose payload is then changed to name another subject, keeping the old signature. */
    static String withTamperedPayload(String validToken, UUID otherSubject) throws Exception {
        String[] parts = validToken.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replaceAll("\"sub\":\"[^\"]+\"", "\"sub\":\"" + otherSubject + "\"");
        return parts[0] + "." + base64Url(forged) + "." + parts[2];
    }

    private static JwtClaims claims(UUID subject, long issuedAtSecondsAgo, long expiresInSeconds) {
        long now = System.currentTimeMillis() / 1000;
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("tributary");
        claims.setSubject(subject.toString());
        claims.setClaim("upn", subject.toString());
        claims.setStringListClaim("groups", List.of("user"));
        claims.setIssuedAt(NumericDate.fromSeconds(now - issuedAtSecondsAgo));
        claims.setExpirationTime(NumericDate.fromSeconds(now + expiresInSeconds));
        claims.setGeneratedJwtId();
        return claims;
    }

    private static String sign(JwtClaims claims, PrivateKey key) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static PrivateKey serverKey() throws Exception {
        String pem = Files.readString(Path.of(SystemUnderTest.property("it.jwt.private-key")))
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
