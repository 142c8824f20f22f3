package io.remit.notification.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remit.platform.console.ConsoleConfig;
import io.remit.platform.console.ConsolePaths;
import io.remit.platform.console.DevSignIn;
import io.remit.platform.console.SessionCookie;
import io.remit.platform.console.Viewer;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Signing in to the console and out of it (DESIGN, Faces): a pasted bearer token, verified as the APIs verify theirs,
 * or the local run's dev sign-in; either way the session is a cookie that carries the token. Signing out clears it.
 */
@Path(ConsolePaths.ROOT)
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    private static final String BEARER = "Bearer ";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String next, boolean devSignIn, String error, List<String> roles);

        static native TemplateInstance signOut();
    }

    private final JWTParser tokens;
    private final DevSignIn devSignIn;
    private final ConsoleConfig config;

    SignInResource(JWTParser tokens, DevSignIn devSignIn, ConsoleConfig config) {
        this.tokens = tokens;
        this.devSignIn = devSignIn;
        this.config = config;
    }

    @GET
    @Path("/sign-in")
    @Operation(hidden = true)
    public TemplateInstance signInPage(@QueryParam("next") String next) {
        return form(next, null);
    }

    @POST
    @Path("/sign-in")
    @Operation(hidden = true)
    public Response signIn(@RestForm String token, @RestForm String user, @RestForm List<String> roles,
            @RestForm String next, @Context UriInfo uri) {
        URI page = uri.getRequestUri();
        if (token != null && !token.isBlank()) {
            String raw = token.strip();
            raw = raw.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? raw.substring(BEARER.length()).strip()
                    : raw;
            try {
                JsonWebToken verified = tokens.parse(raw);
                return signedIn(next, SessionCookie.carrying(raw, Instant.ofEpochSecond(verified.getExpirationTime()),
                        page));
            } catch (ParseException e) {
                return refused(401, next, "This token does not verify here: it may have expired, come from another "
                        + "issuer, or lack its user id (sub).");
            }
        }
        if (user != null && !user.isBlank() && devSignIn.enabled()) {
            try {
                DevSignIn.SignedSession session = devSignIn.signIn(user.strip(),
                        Set.copyOf(roles == null ? List.of() : roles));
                return signedIn(next, SessionCookie.carrying(session.token(), session.expiresAt(), page));
            } catch (IllegalArgumentException e) {
                return refused(400, next, e.getMessage());
            }
        }
        return refused(400, next, devSignIn.enabled() ? "Paste a token, or give a user id for the dev sign-in."
                : "Paste a bearer token.");
    }

    @GET
    @Path("/sign-out")
    @Operation(hidden = true)
    public TemplateInstance signOutPage() {
        return Templates.signOut();
    }

    @POST
    @Path("/sign-out")
    @Operation(hidden = true)
    public Response signOut(@Context UriInfo uri) {
        return Response.seeOther(URI.create(ConsolePaths.SIGN_IN)).header(HttpHeaders.SET_COOKIE,
                SessionCookie.cleared(uri.getRequestUri())).build();
    }

    private TemplateInstance form(String next, String error) {
        return Templates.signIn(safeNext(next), devSignIn.enabled(), error,
                List.copyOf(new TreeSet<>(Viewer.GLOBAL_ROLES)));
    }

    private Response refused(int status, String next, String error) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(form(next, error)).build();
    }

    private Response signedIn(String next, String session) {
        return Response.seeOther(URI.create(safeNext(next))).header(HttpHeaders.SET_COOKIE, session).build();
    }

    /**
     * Where to go after signing in: a console page of this host, or of one of the configured console bases; anything
     * else (another site) goes to the home page, so the sign-in never forwards anyone elsewhere.
     */
    String safeNext(String next) {
        String home = ConsolePaths.ROOT;
        if (next == null || next.isBlank()) {
            return home;
        }
        if (next.startsWith("/") && !next.startsWith("//") && ConsolePaths.isConsole(pathOf(next))) {
            return next;
        }
        for (String base : List.of(config.links().teams().orElse(""), config.links().decisions().orElse(""),
                config.links().notifications().orElse(""))) {
            if (!base.isEmpty() && next.startsWith(base + ConsolePaths.ROOT)) {
                return next;
            }
        }
        return home;
    }

    private static String pathOf(String reference) {
        try {
            return URI.create(reference).getPath();
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
