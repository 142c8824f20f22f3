package io.remit.decision.team.service;

import io.remit.decision.team.domain.TeamReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a write that names a team this replica does not know yet wait a moment for it (evaluation rule 1): a team
 * created in team-service reaches this service within about a second, so a script that creates a team and then sets
 * its boundary succeeds on its first try. Only a well-formed team id waits, and never longer than the configured
 * time; the write then answers 404 with Retry-After as before.
 */
@ApplicationScoped
public class TeamArrivals {

    /** The id syntax of team-service: lower-case letters, digits and inner hyphens, 2 to 63 characters. */
    public static final String TEAM_ID = "^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$";

    private static final Pattern WELL_FORMED = Pattern.compile(TEAM_ID);
    /** Another replica of this service may consume the team's event: the shared database is looked at this often. */
    private static final long RECHECK_MILLIS = 100;

    private final TeamReplicaRepository teams;
    private final Duration maxWait;
    private final Map<String, CountDownLatch> waiting = new ConcurrentHashMap<>();

    TeamArrivals(TeamReplicaRepository teams,
            @ConfigProperty(name = "remit.teams.arrival-wait", defaultValue = "PT2S") Duration maxWait) {
        this.teams = teams;
        this.maxWait = maxWait;
    }

    /** Returns once the team is known, or after the longest wait; the caller then finds it, or refuses the write. */
    public void awaitTeam(String teamId) {
        if (teamId == null || !WELL_FORMED.matcher(teamId).matches() || isKnown(teamId)) {
            return;
        }
        CountDownLatch arrival = waiting.computeIfAbsent(teamId, id -> new CountDownLatch(1));
        long deadline = System.nanoTime() + maxWait.toNanos();
        try {
            while (!isKnown(teamId)) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || arrival.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(RECHECK_MILLIS)),
                        TimeUnit.NANOSECONDS) && isKnown(teamId)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.remove(teamId, arrival);
        }
    }

    /** Wakes the requests waiting for a team once the snapshot that brought it has committed. */
    void onReplicated(@Observes(during = TransactionPhase.AFTER_SUCCESS) TeamReplicated replicated) {
        CountDownLatch arrival = waiting.get(replicated.teamId());
        if (arrival != null) {
            arrival.countDown();
        }
    }

    private boolean isKnown(String teamId) {
        return teams.findByIdOptional(teamId).isPresent();
    }
}
