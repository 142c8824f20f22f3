package io.remit.notification.sla.service;

import io.remit.notification.sla.domain.SlaTimer;
import io.remit.notification.sla.domain.TimerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Arms, re-arms and stops the one deadline each escalation has. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SlaTimers {

    private final EntityManager entityManager;

    SlaTimers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Arms the deadline of a level; an event for a level below the one already armed changes nothing. */
    public void arm(String escalationId, int level, String targetTeamId, Instant dueAt) {
        SlaTimer timer = entityManager.find(SlaTimer.class, escalationId);
        if (timer == null) {
            timer = new SlaTimer();
            timer.escalationId = escalationId;
        } else if (timer.level > level || timer.state == TimerState.STOPPED) {
            return;
        }
        timer.level = level;
        timer.targetTeamId = targetTeamId;
        timer.dueAt = dueAt;
        timer.state = TimerState.ARMED;
        entityManager.persist(timer);
    }

    /**
     * Moves the deadline of a level on (acknowledging buys one more SLA period). A deadline that already fired is armed
     * again when the new one is later: the acknowledgement crossed that breach in flight, and decision-service ignores
     * a breach whose deadline has moved on, so this one must breach in its place. A deadline no later than the one
     * that fired leaves it fired, so a level never breaches twice for one deadline.
     */
    public void rearm(String escalationId, int level, Instant dueAt) {
        SlaTimer timer = entityManager.find(SlaTimer.class, escalationId);
        if (timer == null || timer.level != level) {
            return;
        }
        if (timer.state == TimerState.ARMED || timer.state == TimerState.FIRED && dueAt.isAfter(timer.dueAt)) {
            timer.dueAt = dueAt;
            timer.state = TimerState.ARMED;
        }
    }

    /**
     * Stops the deadline for good: no level arms it again. The row is locked first, so a breach being fired right now
     * (its claim holds the row) is published before this, and a claim after it finds nothing armed; no breach follows.
     */
    public void stop(String escalationId) {
        SlaTimer timer = entityManager.find(SlaTimer.class, escalationId, LockModeType.PESSIMISTIC_WRITE);
        if (timer != null) {
            timer.state = TimerState.STOPPED;
        }
    }

    /** Claims a due deadline for this instance: true for exactly one caller, however many replicas race for it. */
    public boolean claim(String escalationId, int level, Instant now) {
        return entityManager.createQuery("""
                        update SlaTimer t set t.state = :fired, t.version = t.version + 1
                        where t.escalationId = :id and t.level = :level and t.state = :armed and t.dueAt <= :now""")
                .setParameter("fired", TimerState.FIRED)
                .setParameter("armed", TimerState.ARMED)
                .setParameter("id", escalationId)
                .setParameter("level", level)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<SlaTimer> findDue(Instant now, int limit) {
        return entityManager.createQuery("from SlaTimer t where t.state = :armed and t.dueAt <= :now order by t.dueAt",
                        SlaTimer.class)
                .setParameter("armed", TimerState.ARMED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Re-arms a fired deadline for another period, at the root where nothing moves up. */
    public void renew(String escalationId, Instant dueAt) {
        SlaTimer timer = entityManager.find(SlaTimer.class, escalationId);
        timer.state = TimerState.ARMED;
        timer.dueAt = dueAt;
    }
}
