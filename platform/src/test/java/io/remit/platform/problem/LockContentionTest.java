package io.remit.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

class LockContentionTest {

    @Test
    void shouldRecogniseTheLockExceptionsOfJpaAndHibernate() {
        assertTrue(LockContention.isCause(new PessimisticLockException("timeout")));
        assertTrue(LockContention.isCause(new LockTimeoutException("timeout")));
        assertTrue(LockContention.isCause(new LockAcquisitionException("deadlock", new SQLException("x"))));
    }

    @Test
    void shouldRecogniseH2AndPostgresLockStatesDeepInTheCauses() {
        SQLException h2 = new SQLException("Timeout trying to lock table", "HYT00", 50200);
        assertTrue(LockContention.isCause(new PersistenceException("could not execute", new RuntimeException(h2))));
        assertTrue(LockContention.isCause(new SQLException("canceling statement due to lock timeout", "55P03")));
        assertTrue(LockContention.isCause(new SQLException("deadlock detected", "40P01")));
    }

    @Test
    void shouldNotMistakeOtherFailuresForLockContention() {
        assertFalse(LockContention.isCause(new SQLException("duplicate key value", "23505")));
        assertFalse(LockContention.isCause(new SQLException("Connection refused", "08001")));
        assertFalse(LockContention.isCause(new IllegalStateException("bug")));
    }

    @Test
    void shouldAnswer503WithRetryAfterAndAProblem() {
        Response response = new ProblemMappers().unexpected(new PessimisticLockException("timeout"), null);

        assertEquals(503, response.getStatus());
        assertEquals(String.valueOf(ProblemMappers.LOCK_RETRY_AFTER_SECONDS),
                String.valueOf(response.getHeaderString("Retry-After")));
        assertEquals(Problem.MEDIA_TYPE, String.valueOf(response.getMediaType()));
        assertEquals(Problem.TYPE_PREFIX + "busy", ((Problem) response.getEntity()).type());
    }
}
