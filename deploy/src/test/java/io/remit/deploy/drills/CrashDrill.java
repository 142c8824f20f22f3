package io.remit.deploy.drills;

import static io.remit.deploy.e2e.RemitSuite.DECISION;
import static io.remit.deploy.e2e.RemitSuite.NOTIFICATION;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Drill 2: under a steady stream of decisions, {@code kill -9} notification-service and start it again, then the same
 * with decision-service. A killed decision-service drops requests mid-flight: clients retry them with the same
 * Idempotency-Key. Afterwards the same counts as after a broker outage hold, and no webhook delivery reached the
 * receiver twice under two ids. Run with {@code deploy/drills/run crash}.
 */
@Tag("drill")
@Tag("crash")
class CrashDrill {

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void killedServicesLoseNothingAndNotifyNobodyTwice() throws Exception {
        try (DrillRun run = DrillRun.start("crash", "kill -9 of notification-service, then decision-service, "
                + "under a stream of decisions")) {
            run.run(Duration.ofSeconds(15));
            killAndRestart(run, NOTIFICATION, Duration.ofSeconds(10));
            run.run(Duration.ofSeconds(15));
            killAndRestart(run, DECISION, Duration.ofSeconds(5));
            run.run(Duration.ofSeconds(20));
            run.finishAndCount();
        }
    }

    private static void killAndRestart(DrillRun run, String service, Duration down) {
        run.disruption("kill -9 " + service);
        run.suite.kill(service);
        run.run(down);
        run.disruption("starting " + service + " again");
        run.suite.restart(service);
        run.disruption(service + " ready");
    }
}
