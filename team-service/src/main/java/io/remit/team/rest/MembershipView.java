package io.remit.team.rest;

import io.remit.team.domain.MemberRole;
import io.remit.team.domain.Membership;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Membership")
public record MembershipView(
        @Schema(example = "payments") String teamId,
        @Schema(example = "alice") String userId,
        MemberRole role,
        Instant since) {

    static MembershipView of(Membership membership) {
        return new MembershipView(membership.teamId, membership.userId, membership.role, membership.since);
    }
}
