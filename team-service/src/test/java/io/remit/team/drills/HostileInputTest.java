package io.remit.team.drills;

import io.remit.platform.testing.drills.*;

import static io.remit.platform.testing.drills.HostileRun.UNIQUE;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.team.TeamFixtures;
import io.remit.platform.testing.drills.HostilePlan.Op;
import io.remit.platform.testing.drills.HostileRun.Req;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated hostile requests against team-service's contract (jqwik generators, fixed seed; see
 * {@link HostilePlan}): bad and forged tokens, callers without the right (no admin or governance role, an auditor,
 * not a lead nor a party of the delegation), and, from an admin, mutated bodies, hostile ids, query values and
 * headers. None may get a 5xx, every 4xx is problem+json, and a refused request (or a read) leaves the tables as they
 * were: teams (and their versions), members, delegations (and their revocations) and new outbox events are counted
 * after every request. Reproduce a run with {@code -Dremit.drills.seed=<seed>}; size it with
 * {@code -Dremit.drills.requests=<n>}; fail on known defects too with {@code -Dremit.drills.strict=true}.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class HostileInputTest {

    private static final String ETAG = "{current etag}";

    @Inject
    EntityManager em;

    private final String prefix = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
    private long outboxStart;

    @Test
    void shouldNeverFailNorWriteWhenRefused() {
        String department = prefix + "-dept";
        String team = prefix + "-team";
        String patched = prefix + "-patched";
        String member = prefix + "-mia";
        String root = TeamFixtures.ensureRoot();
        create(department, root);
        create(team, department);
        create(patched, department);
        TeamFixtures.asAdmin().body(Map.of("role", "MEMBER")).put("/teams/{t}/members/{u}", team, member)
                .then().statusCode(201);
        String lead = prefix + "-lena";
        TeamFixtures.addMember(team, lead, "LEAD");
        String validUntil = Instant.now().plus(Duration.ofDays(3)).toString();
        String delegation = TeamFixtures.asAdmin().body(Map.of("delegator", lead, "delegate", prefix + "-dev",
                        "validUntil", validUntil, "reason", "Drill"))
                .post("/teams/{t}/delegations", team).then().statusCode(201).extract().path("id");
        outboxStart = ((Number) QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select coalesce(max(seq), 0) from remit_team.outbox_event").getSingleResult()))
                .longValue();

        String admin = DevTokens.token(prefix + "-ada", "admin");
        String reader = DevTokens.token(prefix + "-reader");
        List<String> withoutRight = List.of(DevTokens.token(member), DevTokens.token(prefix + "-bot", "integration"),
                DevTokens.token(prefix + "-stranger"), DevTokens.token(prefix + "-ada", "ADMIN"),
                DevTokens.token(prefix + "-ada", "administrator", "Governance"),
                DevTokens.token(prefix + "-aude", "auditor"));
        List<Op> ops = List.of(
                Op.read("/teams", "/teams?parentId=" + department, reader, "parentId", "status", "after", "limit"),
                Op.write("POST", "/teams", "/teams", "{\"id\":\"" + UNIQUE
                        + "\",\"name\":\"Drill team\",\"parentId\":\"" + team
                        + "\",\"status\":\"ACTIVE\",\"escalationSla\":\"PT2H\",\"contacts\":{\"email\":"
                        + "\"drill@example.com\",\"webhookUrl\":\"https://example.com/hook\"}}", admin, withoutRight)
                        .uncoercible("id"),
                Op.read("/teams/{id}", "/teams/" + team, reader),
                Op.write("PATCH", "/teams/{id}", "/teams/" + patched, "{\"name\":\"Patched " + UNIQUE + "\","
                        + "\"escalationSla\":\"PT3H\","
                        + "\"contacts\":{\"email\":\"ops@example.com\",\"webhookUrl\":null}}",
                        admin, withoutRight).headers(Map.of("If-Match", ETAG)),
                Op.write("POST", "/teams/{id}/archive", "/teams/" + prefix + "-gone-" + UNIQUE + "/archive", null,
                        admin, withoutRight),
                Op.read("/teams/{id}/ancestors", "/teams/" + team + "/ancestors", reader),
                Op.read("/teams/{teamId}/members", "/teams/" + team + "/members", reader, "after", "limit"),
                Op.write("PUT", "/teams/{teamId}/members/{userId}", "/teams/" + team + "/members/" + UNIQUE,
                        "{\"role\":\"MEMBER\"}", admin, withoutRight),
                Op.write("DELETE", "/teams/{teamId}/members/{userId}", "/teams/" + team + "/members/" + member, null,
                        admin, withoutRight),
                Op.read("/users/{userId}/teams", "/users/" + member + "/teams", reader, "after", "limit"),
                Op.write("POST", "/teams/{id}/delegations", "/teams/" + team + "/delegations", "{\"delegator\":\""
                        + lead + "\",\"delegate\":\"" + UNIQUE + "\",\"validUntil\":\"" + validUntil
                        + "\",\"categories\":[\"spend\",\"vendor\"],\"reason\":\"Drill " + UNIQUE + "\"}",
                        admin, withoutRight),
                Op.read("/teams/{id}/delegations", "/teams/" + team + "/delegations", reader, "after", "limit"),
                Op.read("/teams/{id}/delegations/{delegationId}", "/teams/" + team + "/delegations/" + delegation,
                        reader),
                Op.write("POST", "/teams/{id}/delegations/{delegationId}/revoke", "/teams/" + team + "/delegations/"
                        + delegation + "/revoke", "{\"reason\":\"Drill " + UNIQUE + "\"}", admin, withoutRight),
                Op.read("/users/{userId}/delegations", "/users/" + lead + "/delegations", reader, "after", "limit"));
        assertThat(ops.stream().map(Op::operation).toList())
                .as("the drill exercises every operation of the contract")
                .containsExactlyInAnyOrderElementsOf(Contract.operations());

        List<Req> requests = new HostilePlan(ops, prefix + "-ada", HostilePlan.REQUESTS).generate(HostilePlan.SEED);
        HostileRun run = new HostileRun(prefix, this::fingerprint,
                value -> value.equals(ETAG) ? TeamFixtures.etagOf(patched) : value);
        run.run(requests);
        System.out.println(run.report("team-service (seed " + HostilePlan.SEED + ")"));

        assertThat(run.sent()).as("requests sent").isGreaterThanOrEqualTo(Math.min(HostilePlan.REQUESTS, 5_000));
        assertThat(run.failures()).as("%d failures, see the report above", run.failureCount()).isEmpty();
    }

    private static void create(String id, String parent) {
        TeamFixtures.asAdmin().body(Map.of("id", id, "name", "Team " + id, "parentId", parent)).post("/teams")
                .then().statusCode(201);
    }

    /**
     * Every row a request could write: teams and the sum of their versions (any change bumps one), memberships,
     * delegations and their revocations, and outbox events written since the drill began. team-service has no
     * consumers, so nothing else writes.
     */
    private List<Object> fingerprint() {
        return QuarkusTransaction.requiringNew().call(() -> Arrays.asList((Object[]) em.createNativeQuery(
                "select (select count(*) from remit_team.team),"
                        + " (select coalesce(sum(version), 0) from remit_team.team),"
                        + " (select count(*) from remit_team.team_member),"
                        + " (select count(*) from remit_team.team_delegation),"
                        + " (select count(*) from remit_team.team_delegation where revoked_at is not null),"
                        + " (select count(*) from remit_team.outbox_event where seq > ?1)")
                .setParameter(1, outboxStart).getSingleResult()));
    }
}
