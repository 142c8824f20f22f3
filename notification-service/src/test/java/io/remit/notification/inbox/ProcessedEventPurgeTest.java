package io.remit.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.inbox.ProcessedEventPurge;
import io.remit.platform.testing.KafkaBrokerResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Processed event ids are kept only as long as their events could come back, not for ever. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ProcessedEventPurgeTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ProcessedEventPurge purge;

    @Test
    void shouldForgetOnlyIdsOlderThanTheRetention() {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        Instant now = Instant.now();
        insert(old, now.minus(Duration.ofDays(40)));
        insert(recent, now.minus(Duration.ofDays(1)));

        int purged = purge.purgeProcessedBefore(now.minus(Duration.ofDays(30)));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
    }

    private void insert(String eventId, Instant processedAt) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into remit_notification.processed_event (event_id, processed_at) values (:id, :at)")
                .setParameter("id", eventId)
                .setParameter("at", OffsetDateTime.ofInstant(processedAt, ZoneOffset.UTC))
                .executeUpdate());
    }

    private boolean exists(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from remit_notification.processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }
}
