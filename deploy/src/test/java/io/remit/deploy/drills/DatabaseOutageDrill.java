package io.remit.deploy.drills;

import static io.remit.deploy.drills.DatabaseRestartDrill.shell;
import static org.assertj.core.api.Assertions.assertThat;

import io.remit.deploy.e2e.RemitSuite;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Drill 4: PostgreSQL is stopped for 90 s ({@code remit.drill.db.outage}, in seconds) under the stream of decisions,
 * longer than the minute after which the Kafka connector used to close a channel whose record waited. While it is
 * down, one record for each of the four consumer channels is sent (see {@link WaitingRecords}), so every consumer
 * holds a record it cannot process for the whole outage. Afterwards every service must be ready again, every
 * consumer group past its record, each service's log must show an event retried through the outage for each of its
 * channels, no service may have been restarted, and every count must hold. Readiness is expected DOWN
 * while the database is away; liveness must answer UP throughout. Run with {@code deploy/drills/run database-outage}.
 */
@Tag("drill")
@Tag("database-outage")
class DatabaseOutageDrill {

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void consumersWaitOutALongOutageAndResumeWithoutARestart() throws Exception {
        String stop = System.getProperty("remit.drill.db.stop", "");
        String start = System.getProperty("remit.drill.db.start", "");
        Duration outage = Duration.ofSeconds(Long.getLong("remit.drill.db.outage", 90));
        assertThat(stop).as("remit.drill.db.stop: the command that stops PostgreSQL (deploy/drills/run sets it)")
                .isNotBlank();
        try (DrillRun run = DrillRun.start("database-outage",
                "PostgreSQL stopped for " + outage.toSeconds() + " s under a stream of decisions");
                HealthProbes health = run.probeHealth()) {
            assertThat(run.suite.database().postgres()).as("the services run on PostgreSQL").isTrue();
            run.run(Duration.ofSeconds(15));
            run.disruption("stopping PostgreSQL (fast: open connections are cut)");
            long down;
            WaitingRecords waiting;
            try {
                shell(stop);
                down = run.now();
                run.disruption("PostgreSQL stopped");
                waiting = WaitingRecords.send(run.suite.bootstrapServers(), RemitSuite.repositoryRoot());
                run.disruption("sent one record to each consumer channel: " + waiting.sent().size() + " waits ("
                        + String.join("; ", waiting.sent().stream().map(s -> s.group() + ": " + s.what()).toList())
                        + ")");
                Duration left = outage.minusMillis(run.now() - down);
                if (!left.isNegative()) {
                    run.run(left);
                }
                run.disruption("starting PostgreSQL again after " + (run.now() - down) / 1000 + " s");
            } finally {
                shell(start);
            }
            long back = run.now();
            run.disruption("PostgreSQL accepts connections again");
            double ready = run.awaitEveryServiceReady(Duration.ofSeconds(120));
            run.moment(String.format("every service ready again %.1f s later, none restarted", ready));
            double resumed = waiting.awaitEveryGroupPassed(Duration.ofSeconds(120));
            run.moment(String.format("every consumer group committed past its waiting record %.1f s after that",
                    resumed));
            for (String service : RemitSuite.SERVICES) {
                assertThat(run.suite.isRunning(service)).as("%s still runs (was not restarted)", service).isTrue();
            }
            // Each channel holds one record at a time, so each of a service's channels with a waiting record must
            // have retried one event through the outage: its own record, or one it held when the database went.
            Map<String, Long> channelsWaiting = waiting.sent().stream()
                    .collect(Collectors.groupingBy(WaitingRecords.Sent::service, Collectors.counting()));
            Map<String, Integer> retried = new LinkedHashMap<>();
            channelsWaiting.forEach((service, channels) -> {
                Map<String, Integer> events = WaitingRecords.retriedEvents(run.suite.log(service));
                retried.put(service, events.size());
                run.moment(String.format("%s: %d events processed after retries (%d channels had a record waiting), "
                        + "at attempt %s", service, events.size(), channels,
                        events.values().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            });
            run.run(Duration.ofSeconds(30));
            long settled = run.now();
            health.close();
            long readyDownWhileAway = health.between(HealthProbes.READY, down, back).stream()
                    .filter(a -> !a.up()).count();
            run.report.section("Health probes", health.summary() + String.format("%nExpected: readiness DOWN while "
                    + "the database is away (%d of its answers between %.1f s and %.1f s were not UP), UP again once "
                    + "it is back; liveness UP throughout: a consumer that waits for the database resumes by itself.%n",
                    readyDownWhileAway, down / 1000.0, back / 1000.0));
            run.finishAndCount();
            waiting.sent().stream().map(WaitingRecords.Sent::service).distinct().forEach(service ->
                    assertThat(retried.get(service)).as("%s: events retried through the outage, at least one for "
                            + "each channel that had a record waiting", service).isGreaterThanOrEqualTo(
                                    (int) waiting.sent().stream().filter(r -> r.service().equals(service)).count()));
            assertThat(health.notUp(HealthProbes.LIVE)).as("liveness answers other than UP").isEmpty();
            assertThat(readyDownWhileAway).as("readiness answers DOWN while the database is away").isPositive();
            assertThat(health.between(HealthProbes.READY, settled - 25_000, settled)).as("readiness at the end")
                    .isNotEmpty().allMatch(HealthProbes.Answer::up);
        }
    }
}
