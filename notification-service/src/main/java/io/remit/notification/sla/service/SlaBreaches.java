package io.remit.notification.sla.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.remit.notification.sla.domain.EscalationBreach;
import io.remit.notification.sla.domain.SlaTimer;
import io.remit.notification.sla.events.RootDeadlineRenewed;
import io.remit.notification.sla.events.SlaBreached;
import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.notification.team.service.TeamDirectory;
import io.remit.platform.ids.TimeOrderedIds;
import io.remit.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Fires a deadline that passed: records the breach and publishes it, in one transaction with the claim, so the
 * breach of a level is published exactly once. At the root, where there is no one above, the deadline is renewed for
 * another SLA period and {@link RootDeadlineRenewed} tells the escalation's record, which reminds the root's leads.
 */
@ApplicationScoped
public class SlaBreaches {

    private static final Logger LOG = Logger.getLogger(SlaBreaches.class);

    private final SlaTimers timers;
    private final TeamDirectory directory;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Event<RootDeadlineRenewed> rootDeadlineRenewed;

    SlaBreaches(SlaTimers timers, TeamDirectory directory, Outbox outbox, EntityManager entityManager,
            Event<RootDeadlineRenewed> rootDeadlineRenewed) {
        this.timers = timers;
        this.directory = directory;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.rootDeadlineRenewed = rootDeadlineRenewed;
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
            // From the missed deadline, not from now: decision-service renews its dueAt the same way, so the
            // breach of the renewed deadline is not taken for a stale one.
            Instant renewed = due.dueAt.plus(target.escalationSla());
            rootDeadlineRenewed.fire(new RootDeadlineRenewed(due.escalationId, target, renewed));
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
}
