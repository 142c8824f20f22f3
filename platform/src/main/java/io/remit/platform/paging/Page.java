package io.remit.platform.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.remit.platform.problem.Problem;
import io.remit.platform.problem.ProblemException;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a keyset-paginated list: {@code next} is the URL of the following page, or null on the last one
 * (always written, null included, as the design fixes it, although other absent values are omitted).
 */
public record Page<T>(
        List<T> items,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "URL of the next page, or null on the last page", nullable = true,
                example = "/teams?after=payments&limit=50")
        String next) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    /** The same bounds as annotation text, so that each list's contract states the numbers this class enforces. */
    public static final String DEFAULT_LIMIT_TEXT = "" + DEFAULT_LIMIT;
    public static final String MAX_LIMIT_TEXT = "" + MAX_LIMIT;
    public static final String LIMIT_DESCRIPTION = "Page size, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")";

    /** Reads the {@code limit} query parameter: absent means the default; else a whole number from 1 to 500. */
    public static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the same refusal as an out-of-range number
        }
        throw new ProblemException(400, "validation", "Request is not valid", "limit: must be a whole number from 1 to "
                + MAX_LIMIT, List.of(new Problem.FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT)));
    }

    /**
     * Builds a page from up to {@code limit + 1} rows: the extra row only says that another page exists, and the
     * last row shown gives the keyset for it.
     */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, String> keyOf, Function<E, T> view,
            UriInfo uri) {
        boolean more = rows.size() > limit;
        return of(more ? rows.subList(0, limit) : rows, more, limit, keyOf, view, uri);
    }

    /**
     * Builds a page from the rows to show, which may be fewer than {@code limit} when the list cut the page short
     * (by size, say); {@code more} says another page follows. Its link keeps the caller's limit.
     */
    public static <E, T> Page<T> of(List<E> shown, boolean more, int limit, Function<E, String> keyOf,
            Function<E, T> view, UriInfo uri) {
        String next = more && !shown.isEmpty() ? nextLink(uri, keyOf.apply(shown.get(shown.size() - 1)), limit)
                : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }

    /** The same request with the keyset moved on, as a path and query so that it stays valid behind a gateway. */
    private static String nextLink(UriInfo uri, String after, int limit) {
        var next = uri.getRequestUriBuilder().replaceQueryParam("after", after).replaceQueryParam("limit", limit)
                .build();
        return next.getRawPath() + "?" + next.getRawQuery();
    }
}
