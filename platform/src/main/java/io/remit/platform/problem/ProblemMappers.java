package io.remit.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into application/problem+json; on a console page the same
 * problem is answered as an HTML page ({@link ProblemPages}), and a missing or stale sign-in as the sign-in page.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** A PostgreSQL restart or fail-over usually takes a few seconds. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    /** A lock is held for one short transaction: another try a second later usually gets it. */
    static final int LOCK_RETRY_AFTER_SECONDS = 1;

    /** The console's pages; until injected (a mapper made by hand, in a unit test) every request is an API call. */
    @Inject
    ProblemPages pages = ProblemPages.NONE;

    @ServerExceptionMapper
    public Response domainRefusal(ProblemException e, UriInfo uri) {
        Response response = respond(e.toProblem(path(uri)));
        if (e.retryAfterSeconds() == null) {
            return response;
        }
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response invalidRequest(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(ViolationPaths.fieldPath(v.getPropertyPath()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message())
                .collect(java.util.stream.Collectors.joining("; "));
        return respond(new Problem(Problem.TYPE_PREFIX + "validation", "Request is not valid", 400, detail, path(uri),
                errors));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return badJson("Malformed JSON: " + e.getOriginalMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return badJson("Unreadable JSON: " + e.getOriginalMessage(), List.of(), uri);
    }

    /** Two writes raced and this one lost: the client may read again and retry. */
    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e, UriInfo uri) {
        return conflict(uri);
    }

    @ServerExceptionMapper
    public Response concurrentInsert(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return conflict(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_PREFIX + "forbidden", "Not allowed", 403,
                "Your roles or memberships do not allow this operation", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        return respond(new Problem(Problem.TYPE_PREFIX + slug(title), title, status, e.getMessage(), path(uri),
                List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.isCause(e)) {
            return databaseUnavailable(e, uri);
        }
        if (LockContention.isCause(e)) {
            return lockNotGranted(e, uri);
        }
        if (clientClosedConnection(e)) {
            // Nobody will read this answer; the request did not complete, which is not a fault of ours to log.
            LOG.debugf("Client closed the connection before its request was read: %s", e.getMessage());
            return respond(new Problem(Problem.TYPE_PREFIX + "incomplete-request", "Request incomplete", 400,
                    "The connection was closed before the request was read", path(uri), List.of()));
        }
        if (brokenFormBody(e)) {
            return respond(new Problem(Problem.TYPE_PREFIX + "malformed-request", "Request body is not readable",
                    400, "The request's form body could not be read: " + rootMessage(e), path(uri), List.of()));
        }
        if (bodyGrewTooLarge(e)) {
            return Response.fromResponse(respond(new Problem(Problem.TYPE_PREFIX + "payload-too-large",
                    "Request body too large", 413, "The request body is larger than the service accepts",
                    path(uri), List.of()))).header("Connection", "close").build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return respond(new Problem(Problem.TYPE_PREFIX + "internal", "Internal error", 500,
                "The request could not be completed; reference " + reference, path(uri), List.of()));
    }

    /**
     * The database is down or restarting. The transaction is all or nothing, but a commit cut off mid-way may or may
     * not have taken effect: a retry with the same Idempotency-Key is safe either way.
     */
    private Response databaseUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable, answering 503: %s", rootMessage(e));
        return Response.fromResponse(respond(new Problem(Problem.TYPE_PREFIX + "database-unavailable",
                        "Service temporarily unavailable", 503, "The database cannot be reached right now and the "
                        + "request did not complete. Retry after " + DATABASE_RETRY_AFTER_SECONDS
                        + " seconds, with the same Idempotency-Key where there is one", path(uri), List.of())))
                .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS)
                .build();
    }

    /**
     * A body without a declared length (sent in chunks) passed the HTTP server's limit while it was being read. The
     * server's reader has already answered 413 and closed the connection, and says so only in its message: this
     * keeps it from being logged and counted as an internal error.
     */
    static boolean bodyGrewTooLarge(Throwable e) {
        return Causes.anyMatch(e, t -> t instanceof java.io.IOException && "Request too large".equals(t.getMessage()));
    }

    /**
     * A form body that is cut off or broken. The console's CSRF check reads form bodies before any resource method
     * (quarkus-rest-csrf), for every operation that does not restrict what it consumes, so this is the client's fault
     * wherever it arrives, not an internal error.
     */
    static boolean brokenFormBody(Throwable e) {
        return Causes.anyMatch(e, t -> t instanceof java.io.IOException && t.getMessage() != null
                && t.getMessage().contains("parsing multipart"));
    }

    /** Writes queued for the same lock and this one waited longer than the lock timeout; it took no effect. */
    private Response lockNotGranted(Throwable e, UriInfo uri) {
        LOG.warnf("Lock not granted in time, answering 503: %s", rootMessage(e));
        return Response.fromResponse(respond(new Problem(Problem.TYPE_PREFIX + "busy", "Service temporarily busy",
                        503, "Other changes to the same data are in progress and this request did not complete. "
                        + "Retry after " + LOCK_RETRY_AFTER_SECONDS + " second", path(uri), List.of())))
                .header(HttpHeaders.RETRY_AFTER, LOCK_RETRY_AFTER_SECONDS)
                .build();
    }

    static boolean clientClosedConnection(Throwable e) {
        return Causes.anyMatch(e, io.vertx.core.http.HttpClosedException.class::isInstance);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = JsonPaths.of(e.getPath());
        String message = jsonMismatch(e);
        if (field.isEmpty()) {
            return badJson("Request body does not match the expected JSON: " + message, List.of(), uri);
        }
        return badJson(field + ": " + message, List.of(new Problem.FieldError(field, message)), uri);
    }

    private static String jsonMismatch(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "must be one of " + Arrays.toString(f.getTargetType().getEnumConstants());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "must be " + JsonPaths.describe(m.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private Response badJson(String detail, List<Problem.FieldError> errors, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_PREFIX + "malformed-request", "Request body is not valid JSON for this "
                + "operation", 400, detail, path(uri), errors));
    }

    private Response conflict(UriInfo uri) {
        return respond(new Problem(Problem.TYPE_PREFIX + "concurrent-update", "Conflicting concurrent change", 409,
                "Another request changed the same data at the same time; read it again and retry", path(uri),
                List.of()));
    }

    private Response unauthenticated(UriInfo uri) {
        Response signIn = pages.signInFor(path(uri), uri);
        if (signIn != null) {
            return signIn;
        }
        return Response.fromResponse(respond(new Problem(Problem.TYPE_PREFIX + "unauthenticated",
                        "Authentication required", 401, "A valid bearer token is required", path(uri), List.of())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private Response respond(Problem problem) {
        Response page = pages.pageFor(problem);
        if (page != null) {
            return page;
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
