package io.remit.deploy.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Drill 1: the Kafka broker is stopped for 30 s under a steady stream of decisions, then started again. Decisions keep
 * being accepted (they and their events are written to the database; the outbox publishes them later), and afterwards
 * every decision, event and notification is counted. Readiness depends on the database only and liveness only on
 * channels that will not resume by themselves (DESIGN, Health and metrics), so every service's readiness and liveness,
 * asked once a second throughout, must answer UP every time. Run with {@code deploy/drills/run broker-outage}.
 */
@Tag("drill")
@Tag("broker-outage")
class BrokerOutageDrill {

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void everyDecisionEventAndNotificationSurvivesABrokerOutageExactlyOnce() throws Exception {
        try (DrillRun run = DrillRun.start("broker-outage",
                "Kafka broker stopped for 30 s under a stream of decisions");
                HealthProbes health = run.probeHealth()) {
            run.run(Duration.ofSeconds(15));
            run.disruption("stopping the Kafka broker (SIGTERM)");
            run.suite.stopBroker();
            run.disruption("Kafka broker stopped");
            run.run(Duration.ofSeconds(30));
            run.moment(run.unpublishedDecisionEvents() + " decision-service events wait in its outbox");
            run.disruption("starting the Kafka broker again (same data)");
            run.suite.restartBroker();
            run.disruption("Kafka broker listening again");
            long backlog = run.unpublishedDecisionEvents();
            double published = run.awaitOutboxPublished(Duration.ofSeconds(120));
            run.moment(String.format("outbox caught up (%d events waited when the broker was back) %.1f s later",
                    backlog, published));
            run.run(Duration.ofSeconds(20));
            health.close();
            run.report.section("Health probes", health.summary()
                    + "\nExpected: every answer UP, readiness and liveness alike, through the outage.\n");
            run.finishAndCount();
            assertThat(health.notUp(HealthProbes.READY)).as("readiness answers other than UP").isEmpty();
            assertThat(health.notUp(HealthProbes.LIVE)).as("liveness answers other than UP").isEmpty();
        }
    }
}
