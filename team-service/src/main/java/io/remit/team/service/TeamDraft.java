package io.remit.team.service;

import io.remit.team.domain.TeamStatus;
import java.time.Duration;

/** The state of a team as a client wants it, for a create or an update. */
public record TeamDraft(
        String id,
        String name,
        String parentId,
        TeamStatus status,
        Duration escalationSla,
        String contactEmail,
        String contactWebhookUrl) {
}
