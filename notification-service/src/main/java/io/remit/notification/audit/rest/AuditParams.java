package io.remit.notification.audit.rest;

import io.remit.notification.audit.service.AuditFilter;
import io.remit.notification.escalation.domain.EscalationStatus;
import io.remit.platform.paging.Page;
import io.remit.platform.problem.Problem;
import io.remit.platform.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the audit list's query parameters. Every malformed one is named in a single 400 problem; a blank one counts
 * as absent.
 */
final class AuditParams {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    private AuditParams() {
    }

    /** The filter and page size asked for, or a 400 problem naming each invalid parameter. */
    static Request read(String from, String to, String teamId, String status, String overdue, String after,
            String limit) {
        AuditParams params = new AuditParams();
        Instant fromTime = params.instant("from", from);
        Instant toTime = params.instant("to", to);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            params.error("to", "must be later than from");
        }
        EscalationStatus state = params.status(status);
        Boolean late = params.bool("overdue", overdue);
        int size = params.limit(limit);
        if (!params.errors.isEmpty()) {
            String detail = params.errors.stream().map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; "));
            throw new ProblemException(400, "validation", "Request is not valid", detail, params.errors);
        }
        AuditFilter filter = AuditFilter.at(Instant.now()).openedBetween(fromTime, toTime)
                .team(blankToNull(teamId), false).statuses(state == null ? Set.of() : Set.of(state)).overdue(late)
                .after(blankToNull(after)).build();
        return new Request(filter, size);
    }

    /** A validated list request: what to match, and how many rows a page shows. */
    record Request(AuditFilter filter, int limit) {
    }

    private Instant instant(String name, String raw) {
        return parsed(name, raw, Instant::parse, "must be an ISO-8601 UTC time such as 2026-11-22T10:00:00Z");
    }

    private EscalationStatus status(String raw) {
        return parsed("status", raw, EscalationStatus::valueOf, "must be OPEN, ACKNOWLEDGED, APPROVED or REJECTED");
    }

    /** The parameter parsed, or null when it is absent or, with its error noted, malformed. */
    private <T> T parsed(String name, String raw, Function<String, T> parse, String message) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            error(name, message);
            return null;
        }
    }

    private Boolean bool(String name, String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        error(name, "must be true or false");
        return null;
    }

    private int limit(String raw) {
        try {
            return Page.limit(raw);
        } catch (ProblemException e) {
            error("limit", "must be a whole number from 1 to " + Page.MAX_LIMIT);
            return Page.DEFAULT_LIMIT;
        }
    }

    private void error(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
