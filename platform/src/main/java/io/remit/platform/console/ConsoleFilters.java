package io.remit.platform.console;

import io.remit.platform.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What every console page shares on the wire: a chosen time zone is checked and remembered, and the pages are
 * never framed, cached or sniffed, and load scripts, styles and forms from their own origin only.
 */
public class ConsoleFilters {

    private static final int ZONE_COOKIE_SECONDS = (int) Duration.ofDays(365).toSeconds();

    private final String contentSecurityPolicy;

    ConsoleFilters(ConsoleConfig config) {
        this.contentSecurityPolicy = contentSecurityPolicy(config);
    }

    /**
     * Forms may go to this origin and to the other services' console bases: browsers apply {@code form-action} to
     * the redirect after a form too, and the sign-in returns to the page of whichever service sent the viewer.
     */
    static String contentSecurityPolicy(ConsoleConfig config) {
        Set<String> formTargets = new LinkedHashSet<>(List.of("'self'"));
        Stream.of(config.links().teams(), config.links().decisions(), config.links().notifications())
                .flatMap(Optional::stream).filter(base -> !base.isBlank()).forEach(formTargets::add);
        return "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action "
                + String.join(" ", formTargets) + "; frame-ancestors 'none'; base-uri 'none'";
    }

    /** An unknown {@code ?tz=} is a 400 page, before the page does any work. */
    @ServerRequestFilter
    public void checkZone(UriInfo uri) {
        String zone = uri.getQueryParameters().getFirst(ConsoleZone.PARAMETER);
        if (!ConsolePaths.isConsole(uri.getRequestUri().getPath()) || zone == null || zone.isBlank()) {
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
        String path = request.getUriInfo().getRequestUri().getPath();
        if (!ConsolePaths.isConsole(path) || path.startsWith(ConsolePaths.ASSETS)) {
            return;
        }
        response.getHeaders().putSingle("Content-Security-Policy", contentSecurityPolicy);
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        String zone = request.getUriInfo().getQueryParameters().getFirst(ConsoleZone.PARAMETER);
        if (zone != null && !zone.isBlank() && response.getStatus() < 400) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, SessionCookie.consoleCookie(ConsoleZone.COOKIE,
                    zone.trim(), ZONE_COOKIE_SECONDS, request.getUriInfo().getRequestUri()).encode());
        }
    }
}
