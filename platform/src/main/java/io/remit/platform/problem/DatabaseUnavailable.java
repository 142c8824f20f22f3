package io.remit.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
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

    /** Whether the exception, or anything it wraps (see {@link Causes}), says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        return Causes.anyMatch(failure, t -> t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLException sql && meansUnreachable(sql));
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
