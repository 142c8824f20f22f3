package io.remit.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified by this instance, each kept until it expires. A client sends the same token with
 * every request; verifying it again (parsing its JSON, checking its RSA signature) is most of the cost of
 * authentication. Only a token equal, character for character, to one that passed verification is answered from here:
 * anything else, including every token that failed, is verified in full.
 */
public final class VerifiedTokens {

    /** Tokens of this many distinct callers are remembered; the least used go first. */
    static final int MAX_TOKENS = 1024;

    /**
     * No token is trusted from here for longer than this, even if it expires later, so any check of the verifier's
     * that depends on time (a maximum token age, a key set refreshed from an identity provider) runs again soon.
     */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** Verifies a token in full: signature, issuer, audience, expiry. */
    @FunctionalInterface
    public interface Verifier {
        JsonWebToken verify(String token) throws ParseException;
    }

    private final Cache<String, JsonWebToken> verified;

    public VerifiedTokens() {
        this(Ticker.systemTicker(), System::currentTimeMillis);
    }

    VerifiedTokens(Ticker ticker, WallClock clock) {
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .ticker(ticker)
                .expireAfter(new UntilTokenExpires(clock))
                .build();
    }

    /** The verified token: from memory when this exact token passed verification before and has not expired. */
    public JsonWebToken verify(String token, Verifier verifier) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = verifier.verify(token);
        if (jwt.getExpirationTime() > 0) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** How many tokens are remembered now (for tests). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /** Milliseconds since the epoch; the tokens' {@code exp} is wall-clock time, unlike the cache's ticker. */
    @FunctionalInterface
    interface WallClock {
        long millis();
    }

    /** Each entry lives until its token's {@code exp}, and never longer than {@link #MAX_AGE}. */
    private record UntilTokenExpires(WallClock clock) implements Expiry<String, JsonWebToken> {

        @Override
        public long expireAfterCreate(String token, JsonWebToken jwt, long currentTime) {
            long untilExpiry = TimeUnit.SECONDS.toNanos(jwt.getExpirationTime())
                    - TimeUnit.MILLISECONDS.toNanos(clock.millis());
            return Math.max(0, Math.min(untilExpiry, MAX_AGE.toNanos()));
        }

        @Override
        public long expireAfterUpdate(String token, JsonWebToken jwt, long currentTime, long currentDuration) {
            return expireAfterCreate(token, jwt, currentTime);
        }

        @Override
        public long expireAfterRead(String token, JsonWebToken jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
