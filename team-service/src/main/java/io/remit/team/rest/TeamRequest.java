package io.remit.team.rest;

import io.remit.team.domain.Team;
import io.remit.team.domain.TeamStatus;
import io.remit.team.service.TeamDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/** A team as a client writes it: the body of a create, and the document a merge patch is applied to. */
@Schema(name = "TeamRequest")
public record TeamRequest(
        @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
        @Schema(description = "Unique slug, fixed for the team's life", example = "payments")
        String id,
        @NotBlank @Size(max = 200)
        @Schema(example = "Payments")
        String name,
        @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
        @Schema(description = "The team above; only the root has none", example = "finance")
        String parentId,
        @Schema(description = "ACTIVE (default) or SUSPENDED; archive with POST /teams/{id}/archive")
        TeamStatus status,
        @DurationMin(seconds = 1) @DurationMax(days = 365)
        @Schema(implementation = String.class, description = "How long an escalation to this team may stay "
                + "unanswered before it moves up (ISO-8601, default PT24H)", example = "PT24H")
        Duration escalationSla,
        @Valid
        Contacts contacts) {

    static final String SLUG = "^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$";
    static final String SLUG_MESSAGE = "must be 2-63 lowercase letters, digits or '-', not starting or ending with '-'";
    static final Duration DEFAULT_SLA = Duration.ofHours(24);

    TeamDraft toDraft() {
        Contacts given = contacts == null ? new Contacts(null, null) : contacts;
        return new TeamDraft(id, name, parentId, status, escalationSla == null ? DEFAULT_SLA : escalationSla,
                given.email(), given.webhookUrl());
    }

    /** The team as a merge patch sees it: every field a client may change, at its current value. */
    static TeamRequest of(Team team) {
        return new TeamRequest(team.id, team.name, team.parentId, team.status, team.escalationSla(),
                new Contacts(team.contactEmail, team.contactWebhookUrl));
    }
}
