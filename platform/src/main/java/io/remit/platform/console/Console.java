package io.remit.platform.console;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.remit.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One console request's context, for page resources and templates ({@code {cdi:console...}}): who is signed in,
 * the zone times show in, links to the other services' pages, and the record of what was viewed.
 */
@RequestScoped
@Named("console")
public class Console {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final String NONE = "—";

    private final SecurityIdentity identity;
    private final ConsoleConfig config;
    private final CurrentVertxRequest request;
    private final ConsoleViewLog views;
    private Viewer viewer;
    private ZoneId zone;

    Console(SecurityIdentity identity, ConsoleConfig config, CurrentVertxRequest request, ConsoleViewLog views) {
        this.identity = identity;
        this.config = config;
        this.request = request;
        this.views = views;
    }

    /** The signed-in person; nobody signed in means the sign-in page (303), never an empty page. */
    public Viewer viewer() {
        if (viewer == null) {
            if (!signedIn()) {
                throw new ConsoleSignInRequired();
            }
            viewer = new Viewer(identity.getPrincipal().getName(), identity.getRoles());
        }
        return viewer;
    }

    /** The viewer, who must be governance or an auditor: audit pages show everything to them only. */
    public Viewer requireAudit() {
        Viewer signedIn = viewer();
        if (!signedIn.canAudit()) {
            throw new ProblemException(403, "console-audit-only", "Not allowed",
                    "This page is for governance and auditors");
        }
        return signedIn;
    }

    /** Whether someone is signed in; the layout asks, so that error pages render for anonymous visitors too. */
    public boolean signedIn() {
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            // A path that matched no page is answered on the I/O thread, where the identity cannot be looked up
            // (that blocks): its error page shows the sign-in link.
            return false;
        }
        try {
            return !identity.isAnonymous();
        } catch (AuthenticationFailedException staleSession) {
            // An expired or foreign token in the session cookie: nobody is signed in.
            return false;
        }
    }

    /** The signed-in person, or null; for the layout. */
    public Viewer viewerOrNull() {
        return signedIn() ? viewer() : null;
    }

    /** The zone chosen with {@code ?tz=} (remembered in a cookie), else UTC. */
    public ZoneId zone() {
        if (zone == null) {
            // Once per request: a page formats many times, all in the same zone.
            zone = ConsoleZone.of(request.getCurrent());
        }
        return zone;
    }

    public String zoneId() {
        return zone().getId();
    }

    /** An instant in the viewer's zone, to the second, with the zone's name. */
    public String time(Instant instant) {
        return instant == null ? NONE : TIME.format(instant.atZone(zone()));
    }

    /** The day of an instant in the viewer's zone. */
    public String date(Instant instant) {
        return instant == null ? NONE : DATE.format(instant.atZone(zone()));
    }

    /** A page of team-service. */
    public String teams(String path) {
        return config.links().teams().orElse("") + path;
    }

    /** A page of decision-service. */
    public String decisions(String path) {
        return config.links().decisions().orElse("") + path;
    }

    /** A page of notification-service. */
    public String notifications(String path) {
        return config.links().notifications().orElse("") + path;
    }

    /** The path and query of this request, for forms that keep the current view (e.g. the zone chooser). */
    public String currentPath() {
        return request.getCurrent().request().path();
    }

    /** The query parameters of this request but the zone, so that choosing a zone keeps the view (its filters). */
    public List<Map.Entry<String, String>> keptParameters() {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        request.getCurrent().queryParams().forEach((name, value) -> {
            if (!ConsoleZone.PARAMETER.equals(name)) {
                kept.add(Map.entry(name, value));
            }
        });
        return kept;
    }

    /** Records that the viewer saw this page, with the query that shaped it; once per page render. */
    public void recordView(String subject) {
        views.record(viewer(), request.getCurrent().request().path(), request.getCurrent().request().query(),
                subject);
    }
}
