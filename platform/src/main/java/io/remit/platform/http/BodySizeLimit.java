package io.remit.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.platform.problem.Problem;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Refuses a request whose declared body is larger than the service accepts, as problem+json and before the body is
 * read. A body sent in chunks declares no length: the HTTP server's limit, set to the same size, stops it once it
 * grows too large, and the problem mapping answers that as the same 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigMapping(prefix = "remit.http")
    public interface Config {
        /** Largest request body, in bytes, that the API accepts. */
        @WithDefault("65536")
        long maxBodySize();
    }

    private final Config config;
    private final byte[] tooLarge;

    BodySizeLimit(Config config, ObjectMapper mapper) throws Exception {
        this.config = config;
        this.tooLarge = mapper.writeValueAsBytes(new Problem(Problem.TYPE_PREFIX + "payload-too-large",
                "Request body too large", 413, "The request body may be at most " + config.maxBodySize() + " bytes",
                null, List.of()));
    }

    /** Runs ahead of every other route, so no handler starts reading an oversized body. */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedBodies);
    }

    void refuseOversizedBodies(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && isLarger(declared)) {
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(io.vertx.core.buffer.Buffer.buffer(tooLarge));
            return;
        }
        context.next();
    }

    private boolean isLarger(String declared) {
        try {
            return Long.parseLong(declared.trim()) > config.maxBodySize();
        } catch (NumberFormatException malformed) {
            return false;
        }
    }
}
