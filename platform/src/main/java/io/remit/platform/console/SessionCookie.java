package io.remit.platform.console;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import java.net.URI;
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

    /** The cookie for a verified token, expiring with it, for a response to the page at {@code page}. */
    public static String carrying(String token, Instant expiresAt, URI page) {
        long seconds = Math.max(0, Duration.between(Instant.now(), expiresAt).toSeconds());
        return consoleCookie(NAME, token, seconds, page).setHttpOnly(true).encode();
    }

    /** The cookie that ends the session. */
    public static String cleared(URI page) {
        return consoleCookie(NAME, "", 0, page).setHttpOnly(true).encode();
    }

    /** A cookie for console pages only, SameSite=Lax, and Secure when the page was reached over HTTPS. */
    static Cookie consoleCookie(String name, String value, long maxAgeSeconds, URI page) {
        return Cookie.cookie(name, value).setPath(ConsolePaths.ROOT).setMaxAge(maxAgeSeconds)
                .setSecure("https".equalsIgnoreCase(page.getScheme())).setSameSite(CookieSameSite.LAX);
    }
}
