package io.remit.platform.console;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A page asked for without a sign-in answers with the way to the sign-in page. */
public class ConsoleMappers {

    private final ConsoleProblemPages pages;

    ConsoleMappers(ConsoleProblemPages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response signInRequired(ConsoleSignInRequired e, UriInfo uri) {
        return pages.signIn(uri);
    }
}
