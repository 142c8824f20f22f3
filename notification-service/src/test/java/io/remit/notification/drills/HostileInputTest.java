package io.remit.notification.drills;

import io.remit.platform.testing.drills.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.drills.HostilePlan.Op;
import io.remit.platform.testing.drills.HostileRun.Req;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated hostile requests against notification-service's contract (jqwik generators, fixed seed; see
 * {@link HostilePlan}): bad and forged tokens; callers without the right (audit without governance or auditor,
 * someone else's inbox, governance or an auditor marking another's notification read); and, from callers with the
 * right, hostile ids, query values, headers and stray bodies. None may get a 5xx, every 4xx is problem+json, and a
 * refused request (or a read) writes nothing: the drill's notifications (and how many are read), escalation records,
 * routes, breaches, timers and new outbox events are counted after every request. Reproduce with
 * {@code -Dremit.drills.seed=<seed>}; size with {@code -Dremit.drills.requests=<n>}; fail on known defects too with
 * {@code -Dremit.drills.strict=true}.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class HostileInputTest {


    @Inject
    EntityManager em;

    private final String prefix = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
    private long outboxStart;
    private OrgFixture org;

    @Test
    void shouldNeverFailNorWriteWhenRefused() {
        org = new OrgFixture(prefix);
        outboxStart = ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select coalesce(max(seq), 0) from remit_notification.outbox_event").getSingleResult())).longValue();
        // The escalation is applied in the background: start once its rows have settled.
        AtomicReference<List<Object>> last = new AtomicReference<>(List.of());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> last.getAndSet(fingerprint()).equals(last.get()));

        String recipient = DevTokens.token(org.departmentLead);
        String governance = DevTokens.token(prefix + "-gus", "governance");
        String auditor = DevTokens.token(prefix + "-aude", "auditor");
        String stranger = DevTokens.token(prefix + "-stranger");
        String[] notGovernance = List.of(recipient, stranger, DevTokens.token(org.lead),
                DevTokens.token(prefix + "-ada", "admin"), DevTokens.token(prefix + "-bot", "integration"),
                DevTokens.token(prefix + "-gus", "Governance"), DevTokens.token(prefix + "-gus", "governance-team"),
                DevTokens.token(prefix + "-aude", "Auditor"), DevTokens.token(org.delegate))
                .toArray(String[]::new);
        List<Op> ops = List.of(
                Op.read("/audit/escalations", "/audit/escalations?teamId=" + org.team, governance, "from", "to",
                        "teamId", "status", "overdue", "after", "limit").withoutRight(notGovernance),
                Op.read("/audit/escalations/{id}", "/audit/escalations/" + org.escalation, auditor)
                        .withoutRight(notGovernance),
                Op.read("/notifications", "/notifications", recipient, "recipient", "status", "escalationId", "after",
                        "limit"),
                Op.read("/notifications", "/notifications?recipient=" + org.departmentLead, governance)
                        .withoutRight(stranger, DevTokens.token(org.lead), DevTokens.token(prefix + "-ada", "admin")),
                Op.write("POST", "/notifications/{id}/read", "/notifications/" + org.notification + "/read", null,
                        recipient, List.of(governance, DevTokens.token(prefix + "-gus", "governance", "admin"),
                                auditor)));
        assertThat(ops.stream().map(Op::operation).distinct().toList())
                .as("the drill exercises every operation of the contract")
                .containsExactlyInAnyOrderElementsOf(Contract.operations());

        List<Req> requests = new HostilePlan(ops, org.departmentLead, HostilePlan.REQUESTS).generate(HostilePlan.SEED);
        HostileRun run = new HostileRun(prefix, this::fingerprint);
        run.run(requests);
        System.out.println(run.report("notification-service (seed " + HostilePlan.SEED + ")"));

        assertThat(run.sent()).as("requests sent").isGreaterThanOrEqualTo(Math.min(HostilePlan.REQUESTS, 5_000));
        assertThat(run.failures()).as("%d failures, see the report above", run.failureCount()).isEmpty();
    }

    /**
     * The rows of the drill's organisation: its notifications and how many are read, its escalation's record (with
     * its version), routes, breaches and timer, and outbox events written since the drill began that mention it.
     */
    private List<Object> fingerprint() {
        return QuarkusTransaction.requiringNew().call(() -> Arrays.asList((Object[]) em.createNativeQuery(
                "select (select count(*) from remit_notification.notification"
                        + " where team_id like ?1 or recipient like ?1),"
                        + " (select count(*) from remit_notification.notification"
                        + " where (team_id like ?1 or recipient like ?1) and read_at is not null),"
                        + " (select count(*) from remit_notification.delivery_attempt a"
                        + " join remit_notification.notification n on n.id = a.notification_id"
                        + " where n.team_id like ?1),"
                        + " (select coalesce(sum(version), 0) from remit_notification.escalation_record"
                        + " where team_id like ?1),"
                        + " (select count(*) from remit_notification.escalation_route where target_team_id like ?1),"
                        + " (select count(*) from remit_notification.escalation_breach where target_team_id like ?1),"
                        + " (select coalesce(sum(version), 0) from remit_notification.sla_timer"
                        + " where target_team_id like ?1),"
                        + " (select count(*) from remit_notification.outbox_event where seq > ?2 and payload like ?3)")
                .setParameter(1, prefix + "%").setParameter(2, outboxStart).setParameter(3, "%" + prefix + "%")
                .getSingleResult()));
    }
}
