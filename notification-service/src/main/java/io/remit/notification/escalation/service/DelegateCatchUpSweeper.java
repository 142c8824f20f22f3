package io.remit.notification.escalation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.remit.notification.escalation.config.DelegateCatchUpConfig;
import io.remit.notification.escalation.domain.DelegateCoverageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Finds delegations in force whose delegate has not been shown an open escalation they cover: chiefly a scheduled
 * delegation whose validFrom passed (no event marks it), also one whose delegator became a lead again. Every replica
 * may run it; each escalation is handled in its own transaction under its row lock.
 */
@ApplicationScoped
public class DelegateCatchUpSweeper {

    private static final Logger LOG = Logger.getLogger(DelegateCatchUpSweeper.class);

    private final DelegateCoverageRepository coverage;
    private final DelegateCatchUp catchUp;
    private final DelegateCatchUpConfig config;

    DelegateCatchUpSweeper(DelegateCoverageRepository coverage, DelegateCatchUp catchUp,
            DelegateCatchUpConfig config) {
        this.coverage = coverage;
        this.catchUp = catchUp;
        this.config = config;
    }

    @Scheduled(identity = "delegate-catch-up", every = "${remit.delegation.catch-up-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void showStartedDelegations() {
        Instant now = Instant.now();
        List<String> uncovered = QuarkusTransaction.requiringNew()
                .call(() -> coverage.findUncovered(now, config.catchUpBatchSize()));
        for (String escalationId : uncovered) {
            try {
                QuarkusTransaction.requiringNew().call(() -> catchUp.showToNewDelegates(escalationId, now));
            } catch (RuntimeException e) {
                // A lock not granted in time, or another replica's notice first: the next round sees what is left.
                LOG.debugf("Escalation %s not shown to its new delegates this round: %s", escalationId,
                        e.getMessage());
            }
        }
    }
}
