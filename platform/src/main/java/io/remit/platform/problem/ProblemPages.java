package io.remit.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * How a problem is answered to a person rather than a client: the console's pages show problems as HTML and send a
 * visitor without a valid sign-in to the sign-in page. Every API keeps problem+json.
 */
public interface ProblemPages {

    /** No pages: every problem is answered as problem+json. */
    ProblemPages NONE = new ProblemPages() {
        @Override
        public Response pageFor(Problem problem) {
            return null;
        }

        @Override
        public Response signInFor(String path, UriInfo uri) {
            return null;
        }
    };

    /** This problem as a page, when its request was for a page; null for an API call. */
    Response pageFor(Problem problem);

    /** The way to the sign-in page, when this unauthenticated request was for a page; null for an API call. */
    Response signInFor(String path, UriInfo uri);
}
