package io.remit.platform.console;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import java.time.Duration;
import java.time.Instant;

/**
 * The console's session: a cookie that carries the bearer token itself, so that each service verifies it as it
 * verifies the APIs' tokens and no service keeps sessions. Its path is {@code /console}: browsers never send it to
 * an API, and {@link SessionCookieMechanism} would not read it there anyway. Values are written as they are (a token
 * has no character that needs quoting), for the {@code Set-Cookie} header.
 */
public final class SessionCookie {

    public static final String NAME = "remit-session";

    private SessionCookie() {
    }

    /** The cookie for a verified token, expiring with it; Secure when the page was reached over HTTPS. */
    public static String carrying(String token, Instant expiresAt, boolean https) {
        long seconds = Math.max(0, Duration.between(Instant.now(), expiresAt).toSeconds());
        return consoleCookie(NAME, token, seconds, https).setHttpOnly(true).encode();
    }

    /** The cookie that ends the session. */
    public static String cleared(boolean https) {
        return consoleCookie(NAME, "", 0, https).setHttpOnly(true).encode();
    }

    /** A cookie for console pages only, SameSite=Lax. */
    static Cookie consoleCookie(String name, String value, long maxAgeSeconds, boolean https) {
        return Cookie.cookie(name, value).setPath(ConsolePaths.ROOT).setSecure(https).setMaxAge(maxAgeSeconds)
                .setSameSite(CookieSameSite.LAX);
    }
}
