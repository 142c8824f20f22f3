package io.remit.deploy.drills;

import com.fasterxml.jackson.databind.JsonNode;
import io.remit.deploy.e2e.ChildProcess;
import io.remit.platform.testing.DevTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A steady stream of decisions, logged the way a careful integration logs them: at a fixed rate (open loop: a decision
 * is sent when due, whatever earlier ones are doing), each with its own {@code Idempotency-Key} and
 * {@code externalRef}, and retried with the same key until it is accepted — after the {@code Retry-After} of a 503, a
 * second after no response, two seconds while its key is still held by a request the service never finished. Seven
 * in ten decisions are within the team's remit, two escalate to its department, one to the root.
 *
 * <p>It records every attempt's outcome and latency, and every accepted decision with its verdict and escalation.
 */
final class DecisionStream {

    /** A decision the service accepted (201), as its response described it. */
    record Accepted(int number, String id, String teamId, String verdict, String escalationId, String targetTeamId) {

        boolean escalated() {
            return escalationId != null;
        }
    }

    /** One request sent and what came back: a status (0 for none) with the problem type, or the transport error. */
    record Attempt(int number, long sentAtMillis, int status, String outcome, Duration took, boolean retryAfter) {
    }

    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(4);
    private static final Pattern EXISTING = Pattern.compile("Decision (\\S+) already");

    private final DrillOrganisation organisation;
    private final String decisionsUrl;
    private final DrillHttp http;
    private final String token = DevTokens.token("drill-integration", "integration");
    private final long startedAt = System.currentTimeMillis();
    private final AtomicInteger sent = new AtomicInteger();
    private final Queue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    private final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final Queue<String> givenUp = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService clients = Executors.newFixedThreadPool(64);

    DecisionStream(DrillOrganisation organisation, String decisionServiceUrl, DrillHttp http) {
        this.organisation = organisation;
        this.decisionsUrl = decisionServiceUrl + "/decisions";
        this.http = http;
    }

    void start(int perSecond) {
        ticker.scheduleAtFixedRate(() -> {
            int number = sent.incrementAndGet();
            clients.execute(() -> logUntilAccepted(number));
        }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    }

    /** Logs the next decision of the stream right away, and returns it once accepted (null if given up). */
    Accepted logOne() {
        int number = sent.incrementAndGet();
        logUntilAccepted(number);
        return accepted.stream().filter(a -> a.number() == number).findFirst().orElse(null);
    }

    /** Stops sending new decisions and waits until every one sent has been accepted or given up. */
    void stopAndDrain() {
        ticker.shutdownNow();
        clients.shutdown();
        try {
            if (!clients.awaitTermination(GIVE_UP_AFTER.toSeconds() + 30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Decisions still in flight after " + GIVE_UP_AFTER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Milliseconds since the suite was ready (this object was made), the drill's time axis. */
    long now() {
        return System.currentTimeMillis() - startedAt;
    }

    int sent() {
        return sent.get();
    }

    List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    List<String> givenUp() {
        return List.copyOf(givenUp);
    }

    /** How many attempts ended each way, e.g. {@code 201}, {@code 503 database-unavailable}, {@code no response}. */
    SortedMap<String, Integer> outcomes() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        attempts.forEach(a -> counts.merge(a.outcome(), 1, Integer::sum));
        return counts;
    }

    private void logUntilAccepted(int number) {
        String team = organisation.teams.get(number % organisation.teams.size());
        Map<String, Object> body = body(number, team);
        Map<String, String> headers = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (System.nanoTime() < deadline) {
            long sentAt = now();
            DrillHttp.Reply reply = http.post(decisionsUrl, token, body, headers);
            String type = reply.body().path("type").asText("");
            String outcome = reply.answered() ? reply.status() + (type.isEmpty() ? "" : " " + type.replaceFirst(
                    ".*[:/]", "")) : "no response (" + reply.error() + ")";
            boolean retryAfter = reply.header("Retry-After").isPresent();
            attempts.add(new Attempt(number, sentAt, reply.status(), outcome, reply.took(), retryAfter));
            if (reply.status() == 201) {
                accepted.add(accepted(number, reply.body()));
                return;
            }
            if (reply.status() == 409 && type.endsWith("duplicate-external-ref")) {
                // Accepted by an attempt whose response was lost, and its key expired since: the 409 names it.
                acceptedEarlier(number, reply);
                return;
            }
            if (reply.answered() && reply.status() < 500 && !type.endsWith("idempotency-key-in-flight")) {
                givenUp.add("#" + number + ": " + reply);
                return;
            }
            ChildProcess.sleep(backoff(reply, type));
        }
        givenUp.add("#" + number + ": not accepted within " + GIVE_UP_AFTER);
    }

    private static long backoff(DrillHttp.Reply reply, String type) {
        if (reply.status() == 503 && reply.header("Retry-After").isPresent()) {
            return Long.parseLong(reply.header("Retry-After").get().trim()) * 1000;
        }
        return type.endsWith("idempotency-key-in-flight") ? 2000 : 1000;
    }

    private void acceptedEarlier(int number, DrillHttp.Reply conflict) {
        Matcher matcher = EXISTING.matcher(conflict.body().path("detail").asText());
        if (!matcher.find()) {
            givenUp.add("#" + number + ": " + conflict);
            return;
        }
        DrillHttp.Reply existing = http.get(decisionsUrl + "/" + matcher.group(1), token);
        if (existing.status() != 200) {
            givenUp.add("#" + number + ": " + conflict + ", then " + existing);
            return;
        }
        accepted.add(accepted(number, existing.body()));
    }

    private static Accepted accepted(int number, JsonNode decision) {
        JsonNode escalation = decision.path("escalation");
        boolean escalated = escalation.isObject();
        return new Accepted(number, decision.path("id").asText(), decision.path("teamId").asText(),
                decision.path("verdict").asText(), escalated ? escalation.path("id").asText() : null,
                escalated ? escalation.path("targetTeamId").asText() : null);
    }

    private Map<String, Object> body(int number, String team) {
        long amount = switch (number % 10) {
            case 7, 8 -> 50_000; // beyond the team, within its department
            case 9 -> 500_000; // beyond the department: the root
            default -> 1_000 + number % 9_000;
        };
        return Map.of("teamId", team, "category", organisation.category,
                "title", "Drill " + organisation.run + " decision #" + number,
                "budget", Map.of("amount", amount, "currency", "EUR"), "risk", "LOW", "scope", "TEAM",
                "reversible", true, "decidedBy", organisation.member(team),
                "source", "drill-" + organisation.run, "externalRef", String.valueOf(number));
    }
}
