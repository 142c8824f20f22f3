package io.remit.team.rest;

import io.remit.team.domain.Team;
import io.remit.team.domain.TeamStatus;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Team")
public record TeamView(
        @Schema(example = "payments") String id,
        @Schema(example = "Payments") String name,
        @Schema(example = "finance", description = "The team above; absent for the root") String parentId,
        TeamStatus status,
        @Schema(implementation = String.class, example = "PT24H") Duration escalationSla,
        Contacts contacts,
        Instant createdAt,
        Instant updatedAt) {

    static TeamView of(Team team) {
        return new TeamView(team.id, team.name, team.parentId, team.status, team.escalationSla(),
                new Contacts(team.contactEmail, team.contactWebhookUrl), team.createdAt, team.updatedAt);
    }
}
