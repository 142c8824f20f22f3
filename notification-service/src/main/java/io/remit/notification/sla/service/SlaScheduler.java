package io.remit.notification.sla.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Looks for passed deadlines; every replica may run it, the claim in SlaBreaches keeps each breach single. */
@ApplicationScoped
public class SlaScheduler {

    private static final int BATCH = 200;

    private final SlaBreaches breaches;

    SlaScheduler(SlaBreaches breaches) {
        this.breaches = breaches;
    }

    @Scheduled(identity = "sla-timers", every = "${remit.sla.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fireDueTimers() {
        breaches.fireDue(BATCH);
    }
}
