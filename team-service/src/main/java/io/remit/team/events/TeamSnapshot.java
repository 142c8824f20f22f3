package io.remit.team.events;

import io.remit.team.domain.MemberRole;
import io.remit.team.domain.Membership;
import io.remit.team.domain.Team;
import io.remit.team.domain.TeamStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The whole team as other services replicate it: hierarchy, status, SLA, contacts and members with roles.
 * {@code version} grows with every change, so a replica can ignore a snapshot older than the one it holds.
 */
public record TeamSnapshot(
        String id,
        String name,
        String parentId,
        TeamStatus status,
        Duration escalationSla,
        Contacts contacts,
        List<Member> members,
        long version,
        Instant updatedAt) {

    public record Contacts(String email, String webhookUrl) {
    }

    public record Member(String userId, MemberRole role) {
    }

    public static TeamSnapshot of(Team team, List<Membership> members) {
        return new TeamSnapshot(team.id, team.name, team.parentId, team.status, team.escalationSla(),
                new Contacts(team.contactEmail, team.contactWebhookUrl),
                members.stream().map(m -> new Member(m.userId, m.role)).toList(),
                team.version, team.updatedAt);
    }
}
