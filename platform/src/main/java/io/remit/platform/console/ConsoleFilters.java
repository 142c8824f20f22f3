package io.remit.platform.console;

import io.remit.platform.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What every console page shares on the wire: a chosen time zone is checked and remembered, and the pages are
 * never framed, cached or sniffed, and load scripts, styles and forms from their own origin only.
 */
public class ConsoleFilters {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final int ZONE_COOKIE_SECONDS = (int) Duration.ofDays(365).toSeconds();

    /** An unknown {@code ?tz=} is a 400 page, before the page does any work. */
    @ServerRequestFilter
    public void checkZone(ContainerRequestContext request, UriInfo uri) {
        String zone = request.getUriInfo().getQueryParameters().getFirst(ConsoleZone.PARAMETER);
        if (!ConsolePaths.isConsole("/" + uri.getPath().replaceFirst("^/", "")) || zone == null || zone.isBlank()) {
            return;
        }
        try {
            ConsoleZone.parse(zone.trim());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "console-unknown-zone", "Unknown time zone",
                    e.getMessage() + "; use a region such as Europe/Zurich, or UTC");
        }
    }

    @ServerResponseFilter
    public void secureAndRemember(ContainerRequestContext request, ContainerResponseContext response) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!ConsolePaths.isConsole(path) || path.startsWith(ConsolePaths.ASSETS)) {
            return;
        }
        response.getHeaders().putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        String zone = request.getUriInfo().getQueryParameters().getFirst(ConsoleZone.PARAMETER);
        if (zone != null && !zone.isBlank() && response.getStatus() < 400) {
            boolean https = "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    SessionCookie.consoleCookie(ConsoleZone.COOKIE, zone.trim(), ZONE_COOKIE_SECONDS, https).encode());
        }
    }
}
