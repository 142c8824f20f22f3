package io.remit.notification.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.remit.notification.Fixtures.root;
import static io.remit.notification.Fixtures.team;
import static io.remit.notification.Fixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.notification.Escalations;
import io.remit.notification.Fixtures;
import io.remit.notification.notification.domain.AttemptOutcome;
import io.remit.notification.notification.domain.DeliveryAttempt;
import io.remit.platform.testing.KafkaBrokerResource;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhook notifications against a real HTTP server (WireMock): the signed CloudEvent, retries with growing waits on
 * 5xx, timeouts and connection errors, no retry on 4xx, refused URLs. The %test profile waits 250 ms after the first
 * failure, doubling, jitter ±10 %, at most 4 tries, 1 s timeout.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
class WebhookDeliveryTest {

    private static final String SECRET = "dev-only-webhook-secret";

    private static WireMockServer receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) {
            receiver.stop();
        }
    }

    @Test
    void shouldPostTheSignedCloudEventOnce() throws Exception {
        String path = "/hook-" + uniqueId("ok");
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(204)));
        String target = teamWithWebhook(url(path));
        Instant before = Instant.now();
        String escalation = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();
        var event = Escalations.escalated(escalation, decision, "payments", 1, target,
                Instant.now().plus(Duration.ofHours(8)));
        Escalations.publish(event, decision);

        Map<String, Object> notification = Deliveries.awaitSettled(escalation, "WEBHOOK");

        assertThat(notification).containsEntry("status", "DELIVERED").containsEntry("attempts", 1);
        assertThat(notification.get("deliveredAt")).isNotNull();
        List<LoggedRequest> calls = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(calls).hasSize(1);
        LoggedRequest call = calls.get(0);
        String body = call.getBodyAsString();
        assertThat(body).isEqualTo(event.toString());
        assertThat(Fixtures.JSON.readTree(body).get("type").asText()).isEqualTo("remit.decision.escalated.v1");
        assertThat(call.getHeader("Content-Type")).isEqualTo("application/cloudevents+json");
        assertThat(call.getHeader("Remit-Delivery-Id")).isEqualTo(notification.get("id"));
        long timestamp = Long.parseLong(call.getHeader("Remit-Timestamp"));
        assertThat(timestamp).isBetween(before.getEpochSecond(), Instant.now().getEpochSecond());
        assertThat(call.getHeader("Remit-Signature"))
                .isEqualTo("v1=" + WebhookSignerTest.hmac(SECRET, timestamp + "." + body))
                .isNotEqualTo("v1=" + WebhookSignerTest.hmac("another-secret", timestamp + "." + body));

        List<DeliveryAttempt> attempts = Deliveries.attempts((String) notification.get("id"));
        assertThat(attempts).singleElement().satisfies(attempt -> {
            assertThat(attempt.attempt).isEqualTo(1);
            assertThat(attempt.outcome).isEqualTo(AttemptOutcome.DELIVERED);
            assertThat(attempt.statusCode).isEqualTo(204);
            assertThat(attempt.error).isNull();
            assertThat(attempt.latencyMs).isBetween(0L, 1000L);
            assertThat(attempt.attemptedAt).isBetween(before, Instant.now());
        });
    }

    @Test
    void shouldRetryServerErrorsWithGrowingWaitsUnderTheSameDeliveryId() {
        String path = "/hook-" + uniqueId("flaky");
        String scenario = "flaky " + path;
        receiver.stubFor(post(path).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("second"));
        receiver.stubFor(post(path).inScenario(scenario).whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("third"));
        receiver.stubFor(post(path).inScenario(scenario).whenScenarioStateIs("third")
                .willReturn(aResponse().withStatus(200)));
        String escalation = Deliveries.escalate("payments", teamWithWebhook(url(path)),
                Instant.now().plus(Duration.ofHours(8)));

        Map<String, Object> notification = Deliveries.awaitSettled(escalation, "WEBHOOK");

        assertThat(notification).containsEntry("status", "DELIVERED").containsEntry("attempts", 3);
        List<DeliveryAttempt> attempts = Deliveries.attempts((String) notification.get("id"));
        assertThat(attempts).extracting(a -> a.attempt).containsExactly(1, 2, 3);
        assertThat(attempts).extracting(a -> a.outcome)
                .containsExactly(AttemptOutcome.RETRY, AttemptOutcome.RETRY, AttemptOutcome.DELIVERED);
        assertThat(attempts).extracting(a -> a.statusCode).containsExactly(500, 503, 200);
        assertThat(attempts).extracting(a -> a.error).containsExactly("HTTP 500", "HTTP 503", null);
        long firstWait = Duration.between(attempts.get(0).attemptedAt, attempts.get(1).attemptedAt).toMillis();
        long secondWait = Duration.between(attempts.get(1).attemptedAt, attempts.get(2).attemptedAt).toMillis();
        System.out.printf("webhook retry gaps: %d ms, %d ms (nominal 250 ms, 500 ms, jitter ±10%%)%n", firstWait,
                secondWait);
        // 250 ms then 500 ms nominal, each ±10 %: [225, 275] and [450, 550], plus the time the call and its record
        // take.
        assertThat(firstWait).isBetween(225L, 1000L);
        assertThat(secondWait).isBetween(450L, 1500L).isGreaterThan(firstWait);

        List<LoggedRequest> calls = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(calls).hasSize(3);
        assertThat(calls).extracting(call -> call.getHeader("Remit-Delivery-Id"))
                .containsOnly((String) notification.get("id"));
        assertThat(calls).extracting(LoggedRequest::getBodyAsString).containsOnly(calls.get(0).getBodyAsString());
    }

    @Test
    void shouldFailAtOnceOnAClientError() throws Exception {
        String path = "/hook-" + uniqueId("gone");
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(400).withBody("unknown hook")));
        String escalation = Deliveries.escalate("payments", teamWithWebhook(url(path)),
                Instant.now().plus(Duration.ofHours(8)));

        Map<String, Object> notification = Deliveries.awaitSettled(escalation, "WEBHOOK");

        assertThat(notification).containsEntry("status", "FAILED").containsEntry("attempts", 1);
        assertThat(notification.get("deliveredAt")).isNull();
        assertThat(Deliveries.attempts((String) notification.get("id"))).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome).isEqualTo(AttemptOutcome.FAILED);
            assertThat(attempt.statusCode).isEqualTo(400);
            assertThat(attempt.error).isEqualTo("HTTP 400");
        });
        // Longer than a first retry would wait (at most 275 ms): still only the one call.
        TimeUnit.MILLISECONDS.sleep(800);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo(path)))).hasSize(1);
        assertThat(Deliveries.attempts((String) notification.get("id"))).hasSize(1);
    }

    @Test
    void shouldRefuseANonHttpUrlWithoutCalling() {
        String path = "/hook-" + uniqueId("ftp");
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(200)));
        String fileEscalation = Deliveries.escalate("payments", teamWithWebhook("file:///etc/passwd"),
                Instant.now().plus(Duration.ofHours(8)));
        String ftpEscalation = Deliveries.escalate("payments",
                teamWithWebhook("ftp://127.0.0.1:" + receiver.port() + path), Instant.now().plus(Duration.ofHours(8)));

        for (String escalation : List.of(fileEscalation, ftpEscalation)) {
            Map<String, Object> notification = Deliveries.awaitSettled(escalation, "WEBHOOK");
            assertThat(notification).containsEntry("status", "FAILED").containsEntry("attempts", 1);
            assertThat(Deliveries.attempts((String) notification.get("id"))).singleElement().satisfies(attempt -> {
                assertThat(attempt.outcome).isEqualTo(AttemptOutcome.FAILED);
                assertThat(attempt.statusCode).isNull();
                assertThat(attempt.error).startsWith("URL refused, not called: only http and https URLs are called");
            });
        }
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo(path)))).isEmpty();
    }

    @Test
    void shouldRetryATimeoutAndKeepTheDeliveryId() {
        String path = "/hook-" + uniqueId("slow");
        String scenario = "slow " + path;
        receiver.stubFor(post(path).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withFixedDelay(2500)).willSetStateTo("fast"));
        receiver.stubFor(post(path).inScenario(scenario).whenScenarioStateIs("fast")
                .willReturn(aResponse().withStatus(200)));
        String escalation = Deliveries.escalate("payments", teamWithWebhook(url(path)),
                Instant.now().plus(Duration.ofHours(8)));

        Map<String, Object> notification = Deliveries.awaitSettled(escalation, "WEBHOOK");

        assertThat(notification).containsEntry("status", "DELIVERED").containsEntry("attempts", 2);
        List<DeliveryAttempt> attempts = Deliveries.attempts((String) notification.get("id"));
        assertThat(attempts).extracting(a -> a.outcome)
                .containsExactly(AttemptOutcome.RETRY, AttemptOutcome.DELIVERED);
        DeliveryAttempt timedOut = attempts.get(0);
        assertThat(timedOut.statusCode).isNull();
        assertThat(timedOut.error).isEqualTo("no response within 1000 ms");
        assertThat(timedOut.latencyMs).isBetween(1000L, 2000L);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo(path))))
                .extracting(call -> call.getHeader("Remit-Delivery-Id"))
                .containsExactly((String) notification.get("id"), (String) notification.get("id"));
    }

    @Test
    void shouldGiveUpAfterMaxAttemptsWhenNothingListens() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String escalation = Deliveries.escalate("payments",
                teamWithWebhook("http://127.0.0.1:" + closedPort + "/hook"), Instant.now().plus(Duration.ofHours(8)));

        Map<String, Object> notification = Deliveries.awaitSettled(escalation, "WEBHOOK");

        assertThat(notification).containsEntry("status", "FAILED").containsEntry("attempts", 4);
        List<DeliveryAttempt> attempts = Deliveries.attempts((String) notification.get("id"));
        assertThat(attempts).extracting(a -> a.outcome).containsExactly(AttemptOutcome.RETRY,
                AttemptOutcome.RETRY, AttemptOutcome.RETRY, AttemptOutcome.FAILED);
        assertThat(attempts).extracting(a -> a.statusCode).containsOnlyNulls();
        assertThat(attempts).allSatisfy(a -> assertThat(a.error).contains("ConnectException"));
        assertThat(attempts.get(3).error).endsWith("(attempt 4 of 4, none left)");
        long[] waits = new long[3];
        for (int i = 0; i < 3; i++) {
            waits[i] = Duration.between(attempts.get(i).attemptedAt, attempts.get(i + 1).attemptedAt).toMillis();
        }
        System.out.println("webhook connection-error gaps (ms): " + Arrays.toString(waits)
                + " (nominal 250, 500, 1000, jitter ±10%)");
        assertThat(waits[0]).isBetween(225L, 1000L);
        assertThat(waits[1]).isBetween(450L, 1500L).isGreaterThan(waits[0]);
        assertThat(waits[2]).isBetween(900L, 2500L).isGreaterThan(waits[1]);
    }

    /**
     * A receiver that takes its time must not hold up the others: notifications due together are sent side by side,
     * so the slow calls overlap instead of queueing one after another.
     */
    @Test
    void shouldSendDueNotificationsSideBySide() {
        String path = "/hook-" + uniqueId("slow");
        int slowness = 500; // within the 1 s timeout of %test, with room for a loaded machine
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(204).withFixedDelay(slowness)));
        List<String> targets = java.util.stream.IntStream.range(0, 6).mapToObj(i -> teamWithWebhook(url(path)))
                .toList();
        List<String> escalations = targets.stream().map(target -> Deliveries.escalate("payments", target,
                Instant.now().plus(Duration.ofHours(8)))).toList();

        escalations.forEach(escalation -> assertThat(Deliveries.awaitSettled(escalation, "WEBHOOK"))
                .containsEntry("status", "DELIVERED"));

        List<Long> arrivals = receiver.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .map(call -> call.getLoggedDate().getTime()).sorted().toList();
        assertThat(arrivals).hasSizeGreaterThanOrEqualTo(6); // a call that still timed out is tried again
        boolean overlapped = false;
        for (int i = 1; i < arrivals.size(); i++) {
            overlapped |= arrivals.get(i) - arrivals.get(i - 1) < slowness;
        }
        assertThat(overlapped).as("some call started while another was still waiting for its answer: %s", arrivals)
                .isTrue();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + receiver.port() + path;
    }

    /** A team under a fresh root, with no lead and the given webhook as its only channel; returns its id. */
    private static String teamWithWebhook(String url) {
        String root = root(uniqueId("root")).publish();
        return team(uniqueId("hooked"), root).webhook(url).publish();
    }
}
