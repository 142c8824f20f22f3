package io.remit.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsumerRetryTest {

    private final List<Duration> waits = new ArrayList<>();
    private final ConsumerRetry retry = new ConsumerRetry(Duration.ofMillis(200), Duration.ofSeconds(10), waits::add);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void shouldRetryALostDatabaseWithoutLimitAndWithCappedExponentialBackoff() {
        AtomicInteger tries = new AtomicInteger();
        // 400 tries at up to 10 s apart: more than an hour of outage, far past the old ten-minute horizon.
        retry.untilDone("e-1", () -> {
            if (tries.incrementAndGet() < 400) {
                throw databaseDown();
            }
        });

        assertEquals(400, tries.get());
        assertEquals(399, waits.size());
        assertEquals(List.of(200L, 400L, 800L, 1600L, 3200L, 6400L, 10_000L, 10_000L),
                waits.subList(0, 8).stream().map(Duration::toMillis).toList());
        assertTrue(waits.stream().allMatch(w -> w.compareTo(Duration.ofSeconds(10)) <= 0));
    }

    @Test
    void shouldThrowAnythingElseAtOnceSoTheEventIsDeadLettered() {
        PoisonEventException poison = new PoisonEventException("invalid against its schema");
        IllegalStateException bug = new IllegalStateException("bug");

        assertSame(poison, assertThrows(PoisonEventException.class, () -> retry.untilDone("e-2", () -> {
            throw poison;
        })));
        assertSame(bug, assertThrows(IllegalStateException.class, () -> retry.untilDone("e-3", () -> {
            throw bug;
        })));
        assertTrue(waits.isEmpty());
    }

    @Test
    void shouldKeepWaitingWhenInterruptedAndLeaveTheInterruptSet() {
        AtomicInteger tries = new AtomicInteger();
        ConsumerRetry interrupting = new ConsumerRetry(Duration.ofMillis(1), Duration.ofMillis(1), wait -> {
            throw new InterruptedException("stopping");
        });

        interrupting.untilDone("e-4", () -> {
            if (tries.incrementAndGet() < 3) {
                throw databaseDown();
            }
        });

        assertEquals(3, tries.get());
        assertTrue(Thread.currentThread().isInterrupted());
    }

    @Test
    void shouldClassifyConflictsAndOutagesAsTransientAndPoisonOrBugsAsNot() {
        assertTrue(TransientFailure.isCause(databaseDown()));
        assertTrue(TransientFailure.isCause(new PersistenceException(
                new SQLException("canceling statement due to lock timeout", "55P03"))));
        assertTrue(TransientFailure.isCause(new SQLException("Timeout trying to lock table", "HYT00")));
        assertTrue(TransientFailure.isCause(new SQLException("could not serialize access", "40001")));
        assertTrue(TransientFailure.isCause(new SQLException("deadlock detected", "40P01")));
        assertTrue(TransientFailure.isCause(new jakarta.persistence.OptimisticLockException("row changed")));

        assertTrue(TransientFailure.isCause(new io.remit.platform.problem.ProblemException(503, "not-yet", "Not yet",
                "A team above has not arrived yet")));
        assertFalse(TransientFailure.isCause(new io.remit.platform.problem.ProblemException(409, "refused", "No",
                "A rule refuses it")));
        assertFalse(TransientFailure.isCause(new SQLException("duplicate key value", "23505")));
        assertFalse(TransientFailure.isCause(new IllegalArgumentException("bug")));
        assertFalse(TransientFailure.isCause(new PoisonEventException("bad data", databaseDown())));
    }

    private static RuntimeException databaseDown() {
        return new PersistenceException(new JDBCConnectionException("could not connect",
                new SQLException("Connection refused", "08001")));
    }
}
