package io.remit.platform.testing;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Makes the SQL statements Hibernate prepares fail, as a service sees its database go away or meets a bug, for tests
 * of what consumers do then. A service's tests install it with a Hibernate {@code StatementInspector} bean that passes
 * every statement to {@link #inspect(String)}; while no fault is set it changes nothing.
 */
public final class SqlFaults {

    private record Fault(String sqlContaining, Supplier<RuntimeException> failure) {
    }

    private static volatile Fault fault;
    private static final AtomicInteger FAILED = new AtomicInteger();

    private SqlFaults() {
    }

    /** Every statement fails as a lost connection does (SQLSTATE 08001, the pool's and driver's view of it). */
    public static void databaseDown() {
        failStatementsContaining("", () -> new JDBCConnectionException("test: database down",
                new SQLException("Connection refused", "08001")));
    }

    /** Statements whose SQL contains the text (any case) fail with what the supplier gives. */
    public static void failStatementsContaining(String sqlContaining, Supplier<RuntimeException> failure) {
        FAILED.set(0);
        fault = new Fault(sqlContaining.toLowerCase(java.util.Locale.ROOT), failure);
    }

    /** The database is back: statements run again. */
    public static void clear() {
        fault = null;
    }

    /** How many statements failed since the fault was set. */
    public static int failedStatements() {
        return FAILED.get();
    }

    /** For the service's statement inspector: the statement unchanged, or the fault's failure. */
    public static String inspect(String sql) {
        Fault current = fault;
        if (current != null && sql.toLowerCase(java.util.Locale.ROOT).contains(current.sqlContaining())) {
            FAILED.incrementAndGet();
            throw current.failure().get();
        }
        return sql;
    }
}
