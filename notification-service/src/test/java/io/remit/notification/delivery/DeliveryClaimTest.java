package io.remit.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.notification.notification.delivery.DeliveryOutcome;
import io.remit.notification.notification.delivery.DeliveryResult;
import io.remit.notification.notification.delivery.DeliveryStore;
import io.remit.notification.notification.domain.AttemptOutcome;
import io.remit.notification.notification.domain.Channel;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.notification.domain.NotificationKind;
import io.remit.notification.notification.domain.NotificationRepository;
import io.remit.notification.notification.domain.NotificationStatus;
import io.remit.platform.ids.TimeOrderedIds;
import io.remit.platform.testing.KafkaBrokerResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The claim that keeps two replicas from sending one notification at the same time. The notifications here are due
 * an hour from now, so the running dispatcher leaves them alone and the test plays the replicas, with its own clock.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
class DeliveryClaimTest {

    @Inject
    DeliveryStore store;

    @Inject
    NotificationRepository notifications;

    @Test
    void shouldLetExactlyOneOfManyRacingReplicasClaimANotification() throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                String id = pendingWebhook();
                Instant now = dueAt(id).plusSeconds(1);
                Instant until = now.plus(Duration.ofSeconds(60)).truncatedTo(ChronoUnit.MICROS);
                List<Callable<Optional<DeliveryStore.Claim>>> claims = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    claims.add(() -> store.claim(id, now, until));
                }
                List<Optional<DeliveryStore.Claim>> results = new ArrayList<>();
                for (Future<Optional<DeliveryStore.Claim>> result : replicas.invokeAll(claims)) {
                    results.add(result.get());
                }
                assertThat(results).as("round " + round).filteredOn(Optional::isPresent).hasSize(1);
            }
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void shouldHandANotificationOverWhenItsClaimExpires() {
        String id = pendingWebhook();
        Instant now = dueAt(id).plusSeconds(1);
        DeliveryStore.Claim first = store.claim(id, now, now.plusSeconds(60)).orElseThrow();

        assertThat(store.claim(id, now.plusSeconds(59), now.plusSeconds(119))).isEmpty();
        DeliveryStore.Claim second = store.claim(id, now.plusSeconds(61), now.plusSeconds(121)).orElseThrow();

        DeliveryResult sent = DeliveryResult.delivered(now, 3, 200);
        DeliveryOutcome delivered = new DeliveryOutcome(AttemptOutcome.DELIVERED, NotificationStatus.DELIVERED, null,
                now.plusSeconds(62), null);
        assertThat(store.record(first, sent, delivered)).as("the first claim was lost").isFalse();
        assertThat(store.record(second, sent, delivered)).isTrue();
        Notification stored = QuarkusTransaction.requiringNew().call(() -> notifications.findById(id));
        assertThat(stored.status).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(stored.attempts).isEqualTo(1);
        assertThat(stored.claimedUntil).isNull();
        assertThat(Deliveries.attempts(id)).singleElement().satisfies(a -> assertThat(a.statusCode).isEqualTo(200));
        assertThat(store.claim(id, now.plusSeconds(200), now.plusSeconds(260))).as("delivered: never again").isEmpty();
    }

    @Test
    void shouldReleaseTheClaimWhenARetryIsRecorded() {
        String id = pendingWebhook();
        Instant now = dueAt(id).plusSeconds(1);
        DeliveryStore.Claim claim = store.claim(id, now, now.plusSeconds(60)).orElseThrow();
        Instant retryAt = now.plusSeconds(5);

        assertThat(store.record(claim, DeliveryResult.transientFailure(now, 3, 502, "HTTP 502"),
                new DeliveryOutcome(AttemptOutcome.RETRY, NotificationStatus.PENDING, retryAt, null, "HTTP 502")))
                .isTrue();

        assertThat(store.claim(id, retryAt.minusMillis(1), retryAt.plusSeconds(60))).as("not due yet").isEmpty();
        assertThat(store.claim(id, retryAt, retryAt.plusSeconds(60))).hasValueSatisfying(
                again -> assertThat(again.attempt()).isEqualTo(2));
    }

    private String pendingWebhook() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Notification n = new Notification();
        n.id = TimeOrderedIds.next();
        n.escalationId = TimeOrderedIds.next();
        n.decisionId = TimeOrderedIds.next();
        n.kind = NotificationKind.ESCALATED;
        n.channel = Channel.WEBHOOK;
        n.recipient = "http://127.0.0.1:9/never-called";
        n.teamId = "finance";
        n.level = 1;
        n.fallback = false;
        n.title = "Claimed";
        n.decidingTeamId = "payments";
        n.reasonsText = "risk HIGH exceeds MEDIUM";
        n.dueAt = now.plus(Duration.ofHours(8));
        n.payload = "{}";
        n.status = NotificationStatus.PENDING;
        n.attempts = 0;
        n.nextAttemptAt = now.plus(Duration.ofHours(1));
        n.createdAt = now;
        QuarkusTransaction.requiringNew().run(() -> notifications.persist(n));
        return n.id;
    }

    private Instant dueAt(String id) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.findById(id).nextAttemptAt);
    }
}
