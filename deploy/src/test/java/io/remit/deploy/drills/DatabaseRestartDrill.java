package io.remit.deploy.drills;

import static org.assertj.core.api.Assertions.assertThat;

import io.remit.deploy.e2e.RemitSuite;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Drill 3: PostgreSQL is stopped (fast shutdown: open connections are cut) for 10 s under a steady stream of
 * decisions, then started again. Clients get 503 with Retry-After while it is down, never a hang or a 500; the services
 * recover by themselves (none is restarted) and nothing is lost or doubled. The commands that stop and start the
 * server come from deploy/drills/run ({@code remit.drill.db.stop} / {@code remit.drill.db.start}): they differ by
 * installation. Run with {@code deploy/drills/run database-restart}.
 */
@Tag("drill")
@Tag("database-restart")
class DatabaseRestartDrill {

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void servicesAnswer503DuringARestartAndRecoverWithoutOne() throws Exception {
        String stop = System.getProperty("remit.drill.db.stop", "");
        String start = System.getProperty("remit.drill.db.start", "");
        assertThat(stop).as("remit.drill.db.stop: the command that stops PostgreSQL (deploy/drills/run sets it)")
                .isNotBlank();
        try (DrillRun run = DrillRun.start("database-restart", "PostgreSQL restarted under a stream of decisions")) {
            assertThat(run.suite.database().postgres()).as("the services run on PostgreSQL").isTrue();
            run.run(Duration.ofSeconds(15));
            run.disruption("stopping PostgreSQL (fast: open connections are cut)");
            try {
                shell(stop);
                run.disruption("PostgreSQL stopped");
                run.run(Duration.ofSeconds(10));
                run.disruption("starting PostgreSQL again");
            } finally {
                shell(start);
            }
            run.disruption("PostgreSQL accepts connections again");
            double recovered = run.awaitEveryServiceReady(Duration.ofSeconds(60));
            run.moment(String.format("every service ready again %.1f s later, none restarted", recovered));
            for (String service : RemitSuite.SERVICES) {
                assertThat(run.suite.isRunning(service)).as("%s still runs (was not restarted)", service).isTrue();
            }
            run.run(Duration.ofSeconds(30));
            run.finishAndCount();
        }
    }

    /** Runs a command of deploy/drills/run's (stopping or starting the server) and fails the drill if it fails. */
    static void shell(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("'%s' finished", command).isTrue();
        assertThat(process.exitValue()).as("exit status of '%s'", command).isZero();
    }
}
