package io.remit.notification.team.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The data of every team event, as team-service's schema (team-service/src/main/resources/schemas/team-event.v1.json)
 * defines it; only the fields this service uses.
 */
public record TeamSnapshot(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name,
        String parentId,
        @JsonProperty(required = true) String status,
        @JsonProperty(required = true) Duration escalationSla,
        @JsonProperty(required = true) Contacts contacts,
        @JsonProperty(required = true) List<Member> members,
        List<Delegation> delegations,
        @JsonProperty(required = true) Long version) {

    /** Snapshots written before delegations existed carry none. */
    public TeamSnapshot {
        delegations = delegations == null ? List.of() : List.copyOf(delegations);
    }

    public record Contacts(String email, String webhookUrl) {
    }

    public record Member(@JsonProperty(required = true) String userId, @JsonProperty(required = true) String role) {
    }

    /** A lead's authority lent to the delegate, from validFrom until (not including) validUntil; none = all. */
    public record Delegation(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String delegator,
            @JsonProperty(required = true) String delegate,
            @JsonProperty(required = true) Instant validFrom,
            @JsonProperty(required = true) Instant validUntil,
            List<String> categories) {

        public Delegation {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }
}
