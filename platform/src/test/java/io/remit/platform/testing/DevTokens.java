package io.remit.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
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

    /**
     * A token whose {@code sub} is {@code userId} while its {@code upn} and {@code preferred_username} name someone
     * else, as identity providers issue them: the services must know the caller as {@code userId}.
     */
    public static String tokenWithOtherUsername(String userId, String username, String... roles) {
        return claims(Set.of(roles), Instant.now().plusSeconds(3600), ISSUER, "remit")
                .subject(userId).upn(username).preferredUserName(username)
                .jws().keyId("remit-dev").sign(privateKey());
    }

    /** A token from the trusted issuer and key with a {@code upn} and {@code preferred_username} but no {@code sub}. */
    public static String tokenWithoutSubject(String username, String... roles) {
        return claims(Set.of(roles), Instant.now().plusSeconds(3600), ISSUER, "remit")
                .upn(username).preferredUserName(username)
                .jws().keyId("remit-dev").sign(privateKey());
    }

    private static String sign(String userId, Set<String> roles, Instant expiresAt, String issuer) {
        return sign(userId, roles, expiresAt, issuer, "remit");
    }

    private static String sign(String userId, Set<String> roles, Instant expiresAt, String issuer, String audience) {
        return claims(roles, expiresAt, issuer, audience)
                .subject(userId)
                .upn(userId)
                .jws().keyId("remit-dev")
                .sign(privateKey());
    }

    private static JwtClaimsBuilder claims(Set<String> roles, Instant expiresAt, String issuer, String audience) {
        return Jwt.issuer(issuer)
                .groups(roles)
                .audience(audience)
                .issuedAt(expiresAt.minusSeconds(7200))
                .expiresAt(expiresAt);
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
