package io.remit.notification.sla.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.remit.notification.escalation.domain.EscalationBreach;
import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.notification.service.NotificationPlanner;
import io.remit.notification.sla.domain.SlaTimer;
import io.remit.notification.sla.events.SlaBreached;
import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.notification.team.service.TeamDirectory;
import io.remit.platform.ids.TimeOrderedIds;
import io.remit.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Fires a deadline that passed: records the breach and publishes it, in one transaction with the claim, so the
 * breach of a level is published exactly once. At the root, where there is no one above, the root's leads are
 * reminded and the deadline renewed for another SLA period.
 */
@ApplicationScoped
public class SlaBreaches {

    private static final Logger LOG = Logger.getLogger(SlaBreaches.class);

    private final SlaTimers timers;
    private final TeamDirectory directory;
    private final NotificationPlanner planner;
    private final Outbox outbox;
    private final EntityManager entityManager;

    SlaBreaches(SlaTimers timers, TeamDirectory directory, NotificationPlanner planner, Outbox outbox,
            EntityManager entityManager) {
        this.timers = timers;
        this.directory = directory;
        this.planner = planner;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /** Returns whether this call fired it (false when another instance did, or it was re-armed meanwhile). */
    @Transactional
    public boolean fire(SlaTimer due) {
        Instant now = Instant.now();
        if (!timers.claim(due.escalationId, due.level, now)) {
            return false;
        }
        ReplicaTeam target = directory.findTeam(due.targetTeamId).orElse(null);
        boolean atRoot = target != null && target.isRoot();
        EscalationBreach breach = new EscalationBreach();
        breach.id = TimeOrderedIds.next();
        breach.escalationId = due.escalationId;
        breach.level = due.level;
        breach.targetTeamId = due.targetTeamId;
        breach.atRoot = atRoot;
        breach.breachedAt = now;
        entityManager.persist(breach);
        outbox.append(new SlaBreached(due.escalationId, due.level, due.targetTeamId, due.dueAt, now, atRoot));
        if (atRoot) {
            Instant renewed = now.plus(target.escalationSla());
            EscalationRecord record = entityManager.find(EscalationRecord.class, due.escalationId);
            if (record != null) {
                record.dueAt = renewed;
                planner.remindLeads(record, target, reminderPayload(record));
            }
            timers.renew(due.escalationId, renewed);
        }
        return true;
    }

    /**
     * Fires each due deadline in a transaction of its own, so one failure does not hold back the others; a deadline
     * that failed stays armed and is tried again on the next round.
     */
    public int fireDue(int limit) {
        int fired = 0;
        for (SlaTimer due : QuarkusTransaction.requiringNew().call(() -> timers.findDue(Instant.now(), limit))) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> fire(due))) {
                    fired++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Deadline of escalation %s level %d not fired yet, will retry", due.escalationId,
                        due.level);
            }
        }
        return fired;
    }

    private String reminderPayload(EscalationRecord record) {
        return entityManager.createQuery("select n.payload from Notification n where n.escalationId = :id "
                        + "order by n.id desc", String.class)
                .setParameter("id", record.id)
                .setMaxResults(1)
                .getResultStream().findFirst().orElse("{}");
    }
}
