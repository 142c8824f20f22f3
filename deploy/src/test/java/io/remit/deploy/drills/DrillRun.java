package io.remit.deploy.drills;

import static io.remit.deploy.e2e.RemitSuite.DECISION;
import static io.remit.deploy.e2e.RemitSuite.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.remit.deploy.e2e.ChildProcess;
import io.remit.deploy.e2e.RemitSuite;
import io.remit.deploy.e2e.TestDatabase;
import io.remit.deploy.e2e.WebhookReceiver;
import io.remit.platform.testing.DevTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One drill from start to finish: the suite as separate processes (broker, three packaged services, a webhook
 * receiver), the drill's organisation, a steady stream of decisions, whatever the drill does to the suite meanwhile,
 * and then the count of everything that must have happened exactly once. The report is printed and written; the drill
 * fails if a count is off, a client gave up, or a client saw a 5xx other than a 503 with Retry-After.
 */
final class DrillRun implements AutoCloseable {

    static final int DECISIONS_PER_SECOND = 20;
    static final String WEBHOOK_SECRET = "drill-webhook-secret";

    final RemitSuite suite;
    final DecisionStream stream;
    final DrillReport report;
    private final WebhookReceiver webhooks;
    private final DrillOrganisation organisation;
    private final DrillHttp http = new DrillHttp(Duration.ofSeconds(30));
    private final DrillDatabase database;
    private long disruptedFrom = Long.MAX_VALUE;
    private long disruptedTo = Long.MIN_VALUE;

    private DrillRun(String drill, String title) {
        Path root = RemitSuite.repositoryRoot();
        List<Path> missing = RemitSuite.missingJars(root);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Package the services first (deploy/drills/run does): missing " + missing);
        }
        report = new DrillReport(drill, title);
        webhooks = WebhookReceiver.start();
        suite = RemitSuite.start(root, TestDatabase.fromSystemProperties(), Map.of(
                "REMIT_WEBHOOK_SECRETS", WEBHOOK_SECRET,
                "REMIT_WEBHOOK_ALLOW_LOOPBACK", "true",
                "QUARKUS_MAILER_MOCK", "true"), "drill-logs/" + drill);
        database = new DrillDatabase(suite);
        organisation = new DrillOrganisation(UUID.randomUUID().toString().substring(0, 8), suite, http);
        stream = new DecisionStream(organisation, suite.baseUrl(DECISION), http);
    }

    /** Starts the suite, creates the organisation, checks escalations reach the leads, and starts the stream. */
    static DrillRun start(String drill, String title) {
        DrillRun run = new DrillRun(drill, title);
        try {
            run.organisation.create(run.webhooks);
            run.probe();
            run.stream.start(DECISIONS_PER_SECOND);
            run.report.at(run.stream.now(), "stream of " + DECISIONS_PER_SECOND + " decisions/s running");
            return run;
        } catch (RuntimeException | Error e) {
            System.out.println(run.suite.tails(60));
            run.close();
            throw e;
        }
    }

    /**
     * The stream's first ten decisions one by one, until the escalations among them are in their leads' inboxes: the
     * replicas have caught up with the organisation, so no later escalation can meet a half-known team.
     */
    private void probe() {
        report.at(stream.now(), "organisation created; probing with the stream's first 10 decisions");
        for (int i = 0; i < 10; i++) {
            DecisionStream.Accepted decision = stream.logOne();
            assertThat(decision).as("probe decision %d accepted; given up: %s", i + 1, stream.givenUp()).isNotNull();
            if (decision.escalated()) {
                String lead = organisation.recipients(decision.targetTeamId()).leads().get(0);
                String url = suite.baseUrl(NOTIFICATION) + "/notifications?escalationId=" + decision.escalationId();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (http.get(url, DevTokens.token(lead)).body().path("items").isEmpty()) {
                    assertThat(System.nanoTime()).as("%s's inbox shows escalation %s", lead, decision.escalationId())
                            .isLessThan(deadline);
                    ChildProcess.sleep(100);
                }
            }
        }
    }

    void run(Duration duration) {
        ChildProcess.sleep(duration.toMillis());
    }

    /**
     * Waits until decision-service's outbox has nothing left to publish (the stream goes on, so "nothing" is a moment
     * between two decisions); returns the seconds that took.
     */
    double awaitOutboxPublished(Duration timeout) throws java.sql.SQLException {
        long started = System.nanoTime();
        while (database.unpublishedDecisionEvents() > 0) {
            assertThat(System.nanoTime() - started).as("outbox published within %s", timeout)
                    .isLessThan(timeout.toNanos());
            ChildProcess.sleep(50);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    long unpublishedDecisionEvents() throws java.sql.SQLException {
        return database.unpublishedDecisionEvents();
    }

    /** Waits until every service is ready; returns the seconds that took. */
    double awaitEveryServiceReady(Duration timeout) {
        long started = System.nanoTime();
        while (!RemitSuite.SERVICES.stream().allMatch(suite::isReady)) {
            assertThat(System.nanoTime() - started).as("every service ready again within %s", timeout)
                    .isLessThan(timeout.toNanos());
            ChildProcess.sleep(250);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Marks a moment of the disruption: the report tells what clients saw between its first and last moment. */
    void disruption(String what) {
        long now = stream.now();
        disruptedFrom = Math.min(disruptedFrom, now);
        disruptedTo = Math.max(disruptedTo, now);
        report.at(now, what);
    }

    void moment(String what) {
        report.at(stream.now(), what);
    }

    /** Starts asking every service's readiness and liveness once a second (see {@link HealthProbes}). */
    HealthProbes probeHealth() {
        HealthProbes probes = HealthProbes.start(suite, stream::now);
        moment("probing /q/health/ready and /q/health/live of every service once a second");
        return probes;
    }

    /** The drill's milliseconds now, as the timeline counts them. */
    long now() {
        return stream.now();
    }

    /** Stops the stream, counts, publishes the report and fails the drill on anything wrong. */
    void finishAndCount() throws Exception {
        moment("stream stopped; waiting for every decision sent to be accepted");
        stream.stopAndDrain();
        moment("every decision sent is accepted or given up; counting");
        DrillAccount account = new DrillAccount(suite, organisation, webhooks, http, stream.accepted());
        double settled = account.settleThenCount();
        report.clients(stream, disruptedFrom, disruptedTo);
        report.counts(account, settled);
        report.publish(conditions());
        if (!account.allHold()) {
            System.out.print(suite.firstErrors(5));
        }
        assertThat(stream.givenUp()).as("decisions a client had to give up on").isEmpty();
        assertThat(stream.attempts()).as("attempts answered with a 5xx other than 503, or a 503 without Retry-After")
                .noneMatch(a -> a.status() >= 500 && (a.status() != 503 || !a.retryAfter()));
        assertThat(account.checks()).as("counts").allMatch(DrillAccount.Check::holds);
    }

    private String conditions() {
        String commit = System.getProperty("remit.drill.commit", "(unknown)");
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            load = "?";
        }
        return "Command: `deploy/drills/run " + report.drill() + "` at commit `" + commit + "`. Database: "
                + suite.database() + "; Kafka: a single-node broker (KRaft) from Kafka's Maven artifacts; the three "
                + "packaged services as separate JVMs (options of deploy/jvm-options). Stream: " + DECISIONS_PER_SECOND
                + " decisions/s (70 % "
                + "within remit, 20 % escalating to a department with a lead and a webhook, 10 % to the root with a "
                + "lead), each retried with its Idempotency-Key until accepted. 1-minute load average when counted: "
                + load + " (2 cores).";
    }

    @Override
    public void close() {
        suite.close();
        webhooks.close();
    }
}
