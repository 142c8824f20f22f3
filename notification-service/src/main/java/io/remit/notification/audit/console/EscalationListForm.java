package io.remit.notification.audit.console;

import io.remit.notification.audit.service.AuditFilter;
import io.remit.notification.escalation.domain.EscalationStatus;
import io.remit.platform.problem.Problem;
import io.remit.platform.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The escalations list's filters, every one a query parameter, so that a pasted URL opens the same view: read and
 * checked once, then shown back in the page's form and carried by its links. Each malformed parameter is named in a
 * single 400 page; a blank one (an empty field of the form) counts as absent, an unknown one is ignored.
 *
 * <p>{@code status} may be given several times: the lifecycle statuses given match any of them, and each derived one
 * given ({@code overdue}, {@code breached}, {@code root}) must also hold. {@code from} and {@code to} take a date
 * ({@code 2026-11-01}: the start of that day in the viewer's time zone) or an ISO-8601 time; {@code to} is exclusive.
 */
public final class EscalationListForm {

    static final String PATH = "/console/escalations";
    static final String OVERDUE = "overdue";
    static final String BREACHED = "breached";
    static final String ROOT = "root";
    private static final List<String> DERIVED = List.of(OVERDUE, BREACHED, ROOT);
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final String DATE_OR_TIME = "must be a date such as 2026-11-01 (the start of that day in the "
            + "viewer's time zone) or an ISO-8601 time such as 2026-11-01T09:00:00Z";

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final MultivaluedMap<String, String> query;
    private final Values values;
    private AuditFilter filter;

    private EscalationListForm(MultivaluedMap<String, String> query) {
        this.query = query;
        this.values = new Values(text("from"), text("to"), text("team"), text("subtree"), text("category"),
                statusTokens(), text("decider"), text("approver"), text("delegate"), text("minAmount"),
                text("maxAmount"), upper(text("currency")), text("irreversible"), text("after"));
    }

    /**
     * The filters of a request, dates read in the viewer's zone and "overdue" judged at {@code now}; a 400 problem
     * naming every malformed parameter.
     */
    static EscalationListForm read(MultivaluedMap<String, String> query, ZoneId zone, Instant now) {
        EscalationListForm form = new EscalationListForm(query);
        form.filter = form.parse(zone, now);
        if (!form.errors.isEmpty()) {
            String detail = form.errors.stream().map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; "));
            throw new ProblemException(400, "validation", "Request is not valid", detail, form.errors);
        }
        return form;
    }

    /** The filters as given, trimmed, for the form and the links; null where absent. */
    public record Values(String from, String to, String team, String subtree, String category, Set<String> statuses,
            String decider, String approver, String delegate, String minAmount, String maxAmount, String currency,
            String irreversible, String after) {
    }

    public Values values() {
        return values;
    }

    AuditFilter filter() {
        return filter;
    }

    /** Whether the form's checkbox for a status (a lifecycle status, or overdue, breached or root) is ticked. */
    public boolean has(String status) {
        return values.statuses().contains(status);
    }

    /** How the form names a status (a lifecycle status, or overdue, breached or root). */
    public String label(String status) {
        return switch (status) {
            case OVERDUE -> "overdue";
            case BREACHED -> "missed a deadline";
            case ROOT -> "reached the root";
            default -> status.toLowerCase(Locale.ROOT);
        };
    }

    /** Every status the form offers, lifecycle ones first. */
    public List<String> statusOptions() {
        List<String> options = new ArrayList<>(Arrays.stream(EscalationStatus.values()).map(Enum::name).toList());
        options.addAll(DERIVED);
        return options;
    }

    /** The same list from the escalation after {@code lastId} on: every filter, and the keyset moved on. */
    String nextLink(String lastId) {
        QueryString next = filterQuery();
        next.add("after", lastId);
        return PATH + "?" + next;
    }

    /**
     * The audit API's URL for these filters, as far as it takes them: period, team (without subtree), one lifecycle
     * status and overdue. The page names the filters it leaves out.
     */
    ApiLink apiLink() {
        QueryString api = new QueryString();
        List<String> leftOut = new ArrayList<>();
        api.add("from", filter.from() == null ? null : DateTimeFormatter.ISO_INSTANT.format(filter.from()));
        api.add("to", filter.to() == null ? null : DateTimeFormatter.ISO_INSTANT.format(filter.to()));
        api.add("teamId", values.team());
        leaveOut(leftOut, "subtree", values.team() != null && filter.team().subtree());
        leaveOut(leftOut, "category", values.category() != null);
        if (filter.statuses().size() == 1) {
            api.add("status", filter.statuses().iterator().next().name());
        } else {
            leaveOut(leftOut, "status " + String.join(" or ", lifecycleTokens()), filter.statuses().size() > 1);
        }
        api.add("overdue", Boolean.TRUE.equals(filter.overdue()) ? "true" : null);
        leaveOut(leftOut, BREACHED, Boolean.TRUE.equals(filter.breached()));
        leaveOut(leftOut, ROOT, Boolean.TRUE.equals(filter.reachedRoot()));
        leaveOut(leftOut, "decider", values.decider() != null);
        leaveOut(leftOut, "approver", values.approver() != null);
        leaveOut(leftOut, "delegate", filter.byDelegate() != null);
        leaveOut(leftOut, "amount band", filter.budget() != null);
        leaveOut(leftOut, "irreversible", filter.irreversible() != null);
        String path = "/audit/escalations";
        return new ApiLink(api.isEmpty() ? path : path + "?" + api, List.copyOf(leftOut));
    }

    /** The API's URL for the filters it takes, and the page's filters it does not take. */
    public record ApiLink(String url, List<String> leftOut) {
    }

    private AuditFilter parse(ZoneId zone, Instant now) {
        Instant from = instant("from", values.from(), zone);
        Instant to = instant("to", values.to(), zone);
        if (from != null && to != null && !from.isBefore(to)) {
            error("to", "must be later than from");
        }
        Set<EscalationStatus> lifecycle = EnumSet.noneOf(EscalationStatus.class);
        for (String token : values.statuses()) {
            if (!DERIVED.contains(token)) {
                lifecycle.add(EscalationStatus.valueOf(token));
            }
        }
        boolean subtree = flag("subtree", values.subtree());
        boolean byDelegate = flag("delegate", values.delegate());
        BigDecimal min = amount("minAmount", values.minAmount());
        BigDecimal max = amount("maxAmount", values.maxAmount());
        if (min != null && max != null && min.compareTo(max) > 0) {
            error("maxAmount", "must not be below minAmount");
        }
        if (values.currency() != null && !CURRENCY.matcher(values.currency()).matches()) {
            error("currency", "must be a three-letter currency code such as EUR");
        }
        Boolean irreversible = bool("irreversible", values.irreversible());
        boolean banded = min != null || max != null || values.currency() != null;
        return AuditFilter.at(now).openedBetween(from, to)
                .team(values.team(), subtree)
                .category(values.category())
                .statuses(lifecycle)
                .overdue(has(OVERDUE) ? Boolean.TRUE : null)
                .breached(has(BREACHED) ? Boolean.TRUE : null)
                .reachedRoot(has(ROOT) ? Boolean.TRUE : null)
                .decidedBy(values.decider())
                .approver(values.approver())
                .byDelegate(byDelegate ? Boolean.TRUE : null)
                .budget(banded ? new AuditFilter.BudgetBand(min, max, values.currency()) : null)
                .irreversible(irreversible)
                .after(values.after())
                .build();
    }

    /** Every filter as a query string, canonical (blank ones dropped), without the keyset. */
    private QueryString filterQuery() {
        QueryString q = new QueryString();
        q.add("from", values.from());
        q.add("to", values.to());
        q.add("team", values.team());
        q.add("subtree", values.team() != null && filter.team().subtree() ? "true" : null);
        q.add("category", values.category());
        values.statuses().forEach(status -> q.add("status", status));
        q.add("decider", values.decider());
        q.add("approver", values.approver());
        q.add("delegate", filter.byDelegate() == null ? null : "true");
        q.add("minAmount", values.minAmount());
        q.add("maxAmount", values.maxAmount());
        q.add("currency", values.currency());
        q.add("irreversible", values.irreversible());
        return q;
    }

    private List<String> lifecycleTokens() {
        return filter.statuses().stream().map(Enum::name).sorted().toList();
    }

    /** The status tokens given, each once, in the form's canonical spelling; an unknown one is an error. */
    private Set<String> statusTokens() {
        Set<String> tokens = new LinkedHashSet<>();
        for (String raw : query.getOrDefault("status", List.of())) {
            String token = blankToNull(raw);
            if (token == null) {
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT);
            if (DERIVED.contains(lower)) {
                tokens.add(lower);
            } else if (Arrays.stream(EscalationStatus.values()).anyMatch(s -> s.name().equalsIgnoreCase(token))) {
                tokens.add(token.toUpperCase(Locale.ROOT));
            } else {
                error("status", "unknown status '" + token + "': must be one of " + String.join(", ",
                        statusOptions()));
            }
        }
        return Collections.unmodifiableSet(tokens);
    }

    private Instant instant(String name, String raw, ZoneId zone) {
        if (raw == null) {
            return null;
        }
        try {
            if (raw.length() == 10) {
                return LocalDate.parse(raw).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            error(name, DATE_OR_TIME);
            return null;
        }
    }

    private BigDecimal amount(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(raw);
            if (amount.signum() >= 0) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // the same refusal as a negative amount
        }
        error(name, "must be an amount of zero or more, such as 50000 or 1250.50");
        return null;
    }

    /** A checkbox: absent or false is unticked. */
    private boolean flag(String name, String raw) {
        return Boolean.TRUE.equals(bool(name, raw));
    }

    private Boolean bool(String name, String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.equals("true") || raw.equals("false")) {
            return Boolean.valueOf(raw);
        }
        error(name, "must be true or false");
        return null;
    }

    private static void leaveOut(List<String> leftOut, String filterName, boolean given) {
        if (given) {
            leftOut.add(filterName);
        }
    }

    private String text(String name) {
        return blankToNull(query.getFirst(name));
    }

    private static String upper(String raw) {
        return raw == null ? null : raw.toUpperCase(Locale.ROOT);
    }

    private void error(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    /** A query string built from parameters, each name and value encoded; absent values are left out. */
    private static final class QueryString {
        private final StringJoiner pairs = new StringJoiner("&");
        private boolean empty = true;

        void add(String name, String value) {
            if (value != null) {
                pairs.add(encode(name) + "=" + encode(value));
                empty = false;
            }
        }

        boolean isEmpty() {
            return empty;
        }

        @Override
        public String toString() {
            return pairs.toString();
        }

        /** Percent-encoded, but for the colons of a time, which a query may hold as they are (RFC 3986). */
        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
        }
    }
}
