package io.remit.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

/**
 * Bearer tokens signed with the dev-only key under {@code deploy/dev-keys}, which the test configuration of every
 * service trusts. The same claims as {@code deploy/dev-token} prints.
 */
public final class DevTokens {

    public static final String ISSUER = "https://remit.local/dev";

    private static PrivateKey privateKey;

    private DevTokens() {
    }

    /** A token for a user with the given global roles ({@code governance}, {@code admin}, {@code integration}). */
    public static String token(String userId, String... roles) {
        return sign(userId, Set.of(roles), Instant.now().plusSeconds(3600), ISSUER);
    }

    /** "Bearer ..." for an Authorization header. */
    public static String bearer(String userId, String... roles) {
        return "Bearer " + token(userId, roles);
    }

    /** A token that expired well beyond any allowed clock skew. */
    public static String expiredToken(String userId, String... roles) {
        return sign(userId, Set.of(roles), Instant.now().minusSeconds(3600), ISSUER);
    }

    /** A token from an issuer the services do not trust, signed with the same key. */
    public static String foreignIssuerToken(String userId, String... roles) {
        return sign(userId, Set.of(roles), Instant.now().plusSeconds(3600), "https://elsewhere.example");
    }

    /** A token meant for another application, from the trusted issuer and key. */
    public static String otherAudienceToken(String userId, String... roles) {
        return sign(userId, Set.of(roles), Instant.now().plusSeconds(3600), ISSUER, "another-app");
    }

    private static String sign(String userId, Set<String> roles, Instant expiresAt, String issuer) {
        return sign(userId, roles, expiresAt, issuer, "remit");
    }

    private static String sign(String userId, Set<String> roles, Instant expiresAt, String issuer, String audience) {
        return Jwt.issuer(issuer)
                .subject(userId)
                .upn(userId)
                .groups(roles)
                .audience(audience)
                .issuedAt(expiresAt.minusSeconds(7200))
                .expiresAt(expiresAt)
                .jws().keyId("remit-dev")
                .sign(privateKey());
    }

    private static synchronized PrivateKey privateKey() {
        if (privateKey == null) {
            try {
                privateKey = KeyUtils.decodePrivateKey(
                        Files.readString(RepositoryFiles.find("deploy/dev-keys/private-key.pem")));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the dev signing key", e);
            }
        }
        return privateKey;
    }
}
