package io.remit.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void shouldRecogniseALostConnectionDeepInTheCauses() {
        SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new ConnectException("Connection refused"));
        assertTrue(DatabaseUnavailable.isCause(new PersistenceException("could not execute statement",
                new RuntimeException("wrapped", io))));
    }

    @Test
    void shouldRecogniseAFailedCommitWhoseCauseIsOnlySuppressed() {
        // What Narayana throws when the connection is cut while committing (seen in the database-restart drill).
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        assertTrue(DatabaseUnavailable.isCause(new RuntimeException(rollback)));
    }

    @Test
    void shouldRecogniseAServerShuttingDownOrStarting() {
        assertTrue(DatabaseUnavailable.isCause(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void shouldRecogniseThePoolGivingUpAndTheConnectionExceptionTypes() {
        assertTrue(DatabaseUnavailable.isCause(new SQLException("Sorry, acquisition timeout!")));
        assertTrue(DatabaseUnavailable.isCause(new SQLTransientConnectionException("gone")));
        assertTrue(DatabaseUnavailable.isCause(new JDBCConnectionException("gone", new SQLException("x"))));
    }

    @Test
    void shouldNotMistakeOtherDatabaseErrorsForAnOutage() {
        assertFalse(DatabaseUnavailable.isCause(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("canceling statement due to lock timeout", "55P03")));
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException("bug")));
    }

    @Test
    void shouldSurviveACauseChainWithACycle() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseUnavailable.isCause(first));
    }

    @Test
    void shouldAnswer503WithRetryAfterAndAProblem() {
        Response response = new ProblemMappers().unexpected(
                new PersistenceException(new SQLException("Connection refused", "08001")), null);

        assertEquals(503, response.getStatus());
        assertEquals(String.valueOf(ProblemMappers.DATABASE_RETRY_AFTER_SECONDS),
                String.valueOf(response.getHeaderString("Retry-After")));
        assertEquals(Problem.MEDIA_TYPE, String.valueOf(response.getMediaType()));
        assertEquals(503, ((Problem) response.getEntity()).status());
    }

    @Test
    void shouldStillAnswer500ToAnythingElse() {
        assertEquals(500, new ProblemMappers().unexpected(new IllegalStateException("bug"), null).getStatus());
    }
}
