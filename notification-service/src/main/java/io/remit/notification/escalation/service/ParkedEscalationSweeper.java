package io.remit.notification.escalation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Releases parked escalation events whose team has arrived. The arrival of a team releases them at once; this sweep
 * catches an event that was parked while its team was being written by another transaction.
 */
@ApplicationScoped
public class ParkedEscalationSweeper {

    private static final Logger LOG = Logger.getLogger(ParkedEscalationSweeper.class);

    private final EscalationTracker tracker;

    ParkedEscalationSweeper(EscalationTracker tracker) {
        this.tracker = tracker;
    }

    @Scheduled(identity = "parked-escalations", every = "${remit.parked.sweep-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseReady() {
        try {
            QuarkusTransaction.requiringNew().call(tracker::releaseReadyParked);
        } catch (RuntimeException e) {
            // Another instance released the same events first; what is left is tried on the next round.
            LOG.debugf("Parked escalations not released this round: %s", e.getMessage());
        }
    }
}
