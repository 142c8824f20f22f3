package io.remit.platform.console;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The local run's sign-in without a token: it signs a token for the user id and roles given, with the dev key, so
 * that the rest of the console treats it like any pasted token. Only on when {@code remit.console.dev-sign-in} is,
 * and then {@link DevSignInGuard} has checked that the dev key is the only key the service trusts.
 */
@ApplicationScoped
public class DevSignIn {

    /** The user ids the registry accepts (team-service's membership rule). */
    static final Pattern USER_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$");

    private final ConsoleConfig config;
    private final String issuer;
    private final List<String> audiences;
    private PrivateKey key;

    DevSignIn(ConsoleConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") List<String> audiences) {
        this.config = config;
        this.issuer = issuer;
        this.audiences = audiences;
    }

    public boolean enabled() {
        return config.devSignIn();
    }

    /** A signed session for this user; the roles must be global roles, the user id a registry user id. */
    public SignedSession signIn(String userId, Set<String> roles) {
        if (!enabled()) {
            throw new IllegalStateException("The dev sign-in is off");
        }
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            throw new IllegalArgumentException("A user id is 1 to 100 letters, digits and . _ @ -");
        }
        if (!Viewer.GLOBAL_ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("Roles are " + Viewer.GLOBAL_ROLES);
        }
        Instant expiresAt = Instant.now().plus(config.devSessionLifetime());
        String token = Jwt.issuer(issuer).subject(userId).groups(roles).audience(Set.copyOf(audiences))
                .issuedAt(Instant.now()).expiresAt(expiresAt).jws().keyId("remit-dev").sign(privateKey());
        return new SignedSession(token, expiresAt);
    }

    private synchronized PrivateKey privateKey() {
        if (key == null) {
            key = DevSignInGuard.readPrivateKey(config.devKeyLocation().orElseThrow());
        }
        return key;
    }

    /** A token and the moment it expires. */
    public record SignedSession(String token, Instant expiresAt) {
    }
}
