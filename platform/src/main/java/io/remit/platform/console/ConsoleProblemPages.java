package io.remit.platform.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.remit.platform.problem.Problem;
import io.remit.platform.problem.ProblemPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Console requests get problems as HTML pages with the same status, and the sign-in page instead of a 401. */
@ApplicationScoped
public class ConsoleProblemPages implements ProblemPages {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private final Template errorPage;
    private final ConsoleConfig config;

    ConsoleProblemPages(@Location("console/error.html") Template errorPage, ConsoleConfig config) {
        this.errorPage = errorPage;
        this.config = config;
    }

    @Override
    public Response pageFor(Problem problem) {
        if (!ConsolePaths.isConsole(problem.instance())) {
            return null;
        }
        return Response.status(problem.status()).type(HTML).entity(errorPage.data("problem", problem).render())
                .build();
    }

    @Override
    public Response signInFor(String path, UriInfo uri) {
        if (!ConsolePaths.isConsole(path)) {
            return null;
        }
        return signIn(uri);
    }

    /**
     * 303 to the sign-in page, which returns to this page afterwards; a session cookie that no longer verifies is
     * cleared on the way.
     */
    Response signIn(UriInfo uri) {
        URI here = uri.getRequestUri();
        String signIn = config.links().notifications().orElse("");
        // Behind one gateway the way back is this path; with a base per service, the whole address.
        String back = signIn.isEmpty() ? here.getRawPath()
                + (here.getRawQuery() == null ? "" : "?" + here.getRawQuery()) : here.toString();
        String next = URLEncoder.encode(back, StandardCharsets.UTF_8);
        return Response.seeOther(URI.create(signIn + ConsolePaths.SIGN_IN + "?next=" + next))
                .header(HttpHeaders.SET_COOKIE, SessionCookie.cleared(here))
                .build();
    }
}
