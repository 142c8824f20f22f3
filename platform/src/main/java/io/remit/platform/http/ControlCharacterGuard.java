package io.remit.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.platform.problem.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses a path or query that carries control characters (such as an encoded NUL): no id or filter needs one, and
 * PostgreSQL cannot even compare text containing NUL, so they are answered as a 400 before anything reads them.
 */
@ApplicationScoped
public class ControlCharacterGuard {

    private static final Pattern CONTROL = Pattern.compile("%(?:[01][0-9a-fA-F]|7[fF])|[\\x00-\\x1F\\x7F]");

    private final byte[] refusal;

    ControlCharacterGuard(ObjectMapper mapper) throws Exception {
        this.refusal = mapper.writeValueAsBytes(new Problem(Problem.TYPE_PREFIX + "validation", "Request is not valid",
                400, "The path or query contains control characters", null, List.of()));
    }

    /** Runs right after the body size check, ahead of every service route. */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::refuseControlCharacters);
    }

    void refuseControlCharacters(RoutingContext context) {
        if (CONTROL.matcher(context.request().uri()).find()) {
            context.response()
                    .setStatusCode(400)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Buffer.buffer(refusal));
            return;
        }
        context.next();
    }
}
