package io.remit.platform.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * A team as team-service publishes it, for consumers' tests: the snapshot is checked against team-service's schema,
 * sent through the real broker like the relay sends it, and the fixture waits until the consumer's replica has it.
 */
public final class TeamEventFixture {

    public static final String TOPIC = "remit.team.events.v1";
    public static final EventSchema SCHEMA =
            EventSchema.load("team-service/src/main/resources/schemas/team-event.v1.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Long> VERSIONS = new ConcurrentHashMap<>();

    private final String id;
    private final ToLongFunction<String> replicaVersion;
    private String lastDelegationId;
    private String parentId;
    private String status = "ACTIVE";
    private String sla = "PT24H";
    private String email;
    private String webhookUrl;
    private final Map<String, String> members = new LinkedHashMap<>();
    private final Map<String, Delegation> delegations = new LinkedHashMap<>();

    /** A lead's authority lent, as the snapshot carries it; no categories means all. */
    public record Delegation(String id, String delegator, String delegate, Instant validFrom, Instant validUntil,
                             List<String> categories) {
    }

    /**
     * @param replicaVersion the snapshot version the consumer's replica holds for a team id, or -1
     */
    public TeamEventFixture(String id, String parentId, ToLongFunction<String> replicaVersion) {
        this.id = id;
        this.parentId = parentId;
        this.replicaVersion = replicaVersion;
    }

    public String id() {
        return id;
    }

    public TeamEventFixture lead(String userId) {
        members.put(userId, "LEAD");
        return this;
    }

    public TeamEventFixture member(String userId) {
        members.put(userId, "MEMBER");
        return this;
    }

    /** Removes a user from the team, as a membership change does. */
    public TeamEventFixture withoutMember(String userId) {
        members.remove(userId);
        return this;
    }

    /**
     * Adds a delegation to the snapshot (a new id), as team-service publishes one that is scheduled or in force.
     * Returns the fixture; {@link #lastDelegationId()} gives the id.
     */
    public TeamEventFixture delegation(String delegator, String delegate, Instant validFrom, Instant validUntil,
                                       String... categories) {
        String delegationId = UUID.randomUUID().toString();
        delegations.put(delegationId, new Delegation(delegationId, delegator, delegate, validFrom, validUntil,
                List.of(categories)));
        lastDelegationId = delegationId;
        return this;
    }

    /** The id of the delegation added last. */
    public String lastDelegationId() {
        return lastDelegationId;
    }

    /** Leaves a delegation out of the next snapshot, as team-service does once it is revoked. */
    public TeamEventFixture withoutDelegation(String delegationId) {
        delegations.remove(delegationId);
        return this;
    }

    public TeamEventFixture status(String status) {
        this.status = status;
        return this;
    }

    public TeamEventFixture sla(String isoDuration) {
        this.sla = isoDuration;
        return this;
    }

    public TeamEventFixture parent(String parentId) {
        this.parentId = parentId;
        return this;
    }

    public TeamEventFixture email(String address) {
        this.email = address;
        return this;
    }

    public TeamEventFixture webhook(String url) {
        this.webhookUrl = url;
        return this;
    }

    /** Publishes the snapshot as the team's next version and waits until the replica holds it; returns the id. */
    public String publish() {
        long version = send();
        await().atMost(Duration.ofSeconds(30)).until(() -> replicaVersion.applyAsLong(id) == version);
        return id;
    }

    /** Publishes the snapshot as the team's next version without waiting for any replica; returns that version. */
    public long send() {
        long version = VERSIONS.merge(id, 1L, Long::sum) - 1;
        CloudEventRecords.send(TOPIC, id, toEvent(version));
        return version;
    }

    private String toEvent(long version) {
        ObjectNode data = JSON.createObjectNode()
                .put("id", id).put("name", "Team " + id).put("parentId", parentId).put("status", status)
                .put("escalationSla", sla).put("version", version).put("updatedAt", Instant.now().toString());
        data.putObject("contacts").put("email", email).put("webhookUrl", webhookUrl);
        ArrayNode list = data.putArray("members");
        members.forEach((user, role) -> list.addObject().put("userId", user).put("role", role));
        ArrayNode lent = data.putArray("delegations");
        delegations.values().forEach(d -> {
            ObjectNode node = lent.addObject().put("id", d.id()).put("delegator", d.delegator())
                    .put("delegate", d.delegate()).put("validFrom", d.validFrom().toString())
                    .put("validUntil", d.validUntil().toString());
            ArrayNode categories = node.putArray("categories");
            d.categories().forEach(categories::add);
        });
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "/remit/team-service")
                .put("type", version == 0 ? "remit.team.created.v1" : "remit.team.updated.v1")
                .put("subject", id).put("time", Instant.now().toString())
                .put("datacontenttype", "application/json");
        event.set("data", data);
        SCHEMA.assertValid(event);
        return event.toString();
    }
}
