package io.remit.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a lost database (down, restarting, unreachable, or no pooled connection free in time) apart from a failure
 * of the request itself. The former is worth a retry a little later, so clients get 503 with Retry-After instead of
 * an opaque 500. The request's transaction is all or nothing; whether a commit cut off mid-way took effect cannot be
 * known, which is why clients retry with the same Idempotency-Key.
 */
public final class DatabaseUnavailable {

    /**
     * SQLSTATEs of PostgreSQL's server going away or refusing connections while it starts or stops
     * (admin_shutdown, crash_shutdown, cannot_connect_now); class 08 (connection exception) is checked as a prefix.
     */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    /** Agroal's message when no connection became free within the acquisition timeout (it sets no SQLSTATE). */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";

    private DatabaseUnavailable() {
    }

    /**
     * Whether the exception, or anything in its causes or suppressed exceptions, says the database could not be
     * reached. A failed commit carries the driver's error only as a suppressed exception of the transaction manager's.
     */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLException sql && meansUnreachable(sql)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(Arrays.asList(t.getSuppressed()));
        }
        return false;
    }

    private static boolean meansUnreachable(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state))) {
            return true;
        }
        String message = e.getMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains(ACQUISITION_TIMEOUT);
    }
}
