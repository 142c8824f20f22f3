package io.remit.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long START_MILLIS = 1_800_000_000_000L;

    /** Wall clock and cache ticker move together, as real time does. */
    private long elapsedNanos;
    private final List<String> verifications = new ArrayList<>();
    private final VerifiedTokens tokens = new VerifiedTokens(() -> elapsedNanos,
            () -> START_MILLIS + TimeUnit.NANOSECONDS.toMillis(elapsedNanos));

    @Test
    void shouldVerifyATokenOnceWhileItIsValid() throws ParseException {
        JsonWebToken first = tokens.verify("token-a", this::expiringInAnHour);
        advance(Duration.ofMinutes(1));
        JsonWebToken second = tokens.verify("token-a", this::expiringInAnHour);

        assertSame(first, second);
        assertEquals(List.of("token-a"), verifications);
    }

    @Test
    void shouldVerifyEveryOtherTokenInFull() throws ParseException {
        tokens.verify("token-a", this::expiringInAnHour);
        tokens.verify("token-a ", this::expiringInAnHour);
        tokens.verify("token-b", this::expiringInAnHour);

        assertEquals(List.of("token-a", "token-a ", "token-b"), verifications);
    }

    @Test
    void shouldNeverRememberATokenThatFailedVerification() {
        for (int i = 0; i < 2; i++) {
            assertThrows(ParseException.class, () -> tokens.verify("forged", token -> {
                verifications.add(token);
                throw new ParseException("bad signature");
            }));
        }

        assertEquals(List.of("forged", "forged"), verifications);
        assertEquals(0, tokens.size());
    }

    @Test
    void shouldVerifyAgainOnceTheTokenHasExpired() throws ParseException {
        tokens.verify("short-lived", token -> expiringIn(token, Duration.ofSeconds(30)));
        advance(Duration.ofSeconds(29));
        tokens.verify("short-lived", token -> expiringIn(token, Duration.ofSeconds(1)));
        advance(Duration.ofSeconds(2));
        tokens.verify("short-lived", token -> expiringIn(token, Duration.ofSeconds(-1)));

        assertEquals(List.of("short-lived", "short-lived"), verifications);
    }

    @Test
    void shouldVerifyALongLivedTokenAgainAfterTheMaximumAge() throws ParseException {
        tokens.verify("token-a", this::expiringInAnHour);
        advance(VerifiedTokens.MAX_AGE.plusSeconds(1));
        tokens.verify("token-a", this::expiringInAnHour);

        assertEquals(List.of("token-a", "token-a"), verifications);
    }

    @Test
    void shouldNotRememberATokenWithoutExpiry() throws ParseException {
        tokens.verify("no-exp", token -> verified(token, new JwtClaims()));
        tokens.verify("no-exp", token -> verified(token, new JwtClaims()));

        assertEquals(List.of("no-exp", "no-exp"), verifications);
    }

    @Test
    void shouldKeepABoundedNumberOfTokens() throws ParseException {
        for (int i = 0; i < VerifiedTokens.MAX_TOKENS * 2; i++) {
            tokens.verify("token-" + i, this::expiringInAnHour);
        }

        assertTrue(tokens.size() <= VerifiedTokens.MAX_TOKENS, "remembered: " + tokens.size());
    }

    private JsonWebToken expiringInAnHour(String token) {
        return expiringIn(token, Duration.ofHours(1));
    }

    private JsonWebToken expiringIn(String token, Duration validity) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("alice");
        claims.setExpirationTime(NumericDate.fromMilliseconds(
                START_MILLIS + TimeUnit.NANOSECONDS.toMillis(elapsedNanos) + validity.toMillis()));
        return verified(token, claims);
    }

    private JsonWebToken verified(String token, JwtClaims claims) {
        verifications.add(token);
        return new DefaultJWTCallerPrincipal(token, "JWT", claims);
    }

    private void advance(Duration duration) {
        elapsedNanos += duration.toNanos();
    }
}
