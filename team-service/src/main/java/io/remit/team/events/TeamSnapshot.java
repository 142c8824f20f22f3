package io.remit.team.events;

import io.remit.team.domain.Delegation;
import io.remit.team.domain.MemberRole;
import io.remit.team.domain.Membership;
import io.remit.team.domain.Team;
import io.remit.team.domain.TeamStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The whole team as other services replicate it: hierarchy, status, SLA, contacts, members with roles, and the
 * delegations of its leads that are neither revoked nor over (scheduled ones included), without their reasons.
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
        List<LentAuthority> delegations,
        long version,
        Instant updatedAt) {

    public record Contacts(String email, String webhookUrl) {
    }

    public record Member(String userId, MemberRole role) {
    }

    /** A delegation as replicas judge it: active at t when validFrom ≤ t < validUntil and its delegator leads. */
    public record LentAuthority(String id, String delegator, String delegate, Instant validFrom, Instant validUntil,
            List<String> categories) {

        static LentAuthority of(Delegation delegation) {
            return new LentAuthority(delegation.id, delegation.delegator, delegation.delegate, delegation.validFrom,
                    delegation.validUntil, delegation.categories());
        }
    }

    public static TeamSnapshot of(Team team, List<Membership> members, List<Delegation> delegations) {
        return new TeamSnapshot(team.id, team.name, team.parentId, team.status, team.escalationSla(),
                new Contacts(team.contactEmail, team.contactWebhookUrl),
                members.stream().map(m -> new Member(m.userId, m.role)).toList(),
                delegations.stream().map(LentAuthority::of).toList(),
                team.version, team.updatedAt);
    }
}
