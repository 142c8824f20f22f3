package io.remit.platform.console;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import java.time.DateTimeException;
import java.time.ZoneId;

/** The time zone a viewer chose: {@code ?tz=} on any page, remembered in a cookie; UTC until one is chosen. */
final class ConsoleZone {

    static final String PARAMETER = "tz";
    static final String COOKIE = "remit-tz";
    static final ZoneId UTC = ZoneId.of("UTC");

    private ConsoleZone() {
    }

    /** The zone asked for, else the one remembered, else UTC; an unknown one (refused by the filter) is UTC. */
    static ZoneId of(RoutingContext context) {
        String asked = context.request().getParam(PARAMETER);
        Cookie remembered = context.request().getCookie(COOKIE);
        String chosen = asked != null && !asked.isBlank() ? asked.trim()
                : remembered == null ? null : remembered.getValue();
        if (chosen == null) {
            return UTC;
        }
        try {
            return parse(chosen);
        } catch (IllegalArgumentException unknown) {
            return UTC;
        }
    }

    /** A region id ({@code Europe/Zurich}) or {@code UTC}; anything else is refused. */
    static ZoneId parse(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Unknown time zone '" + id + "'", e);
        }
    }
}
