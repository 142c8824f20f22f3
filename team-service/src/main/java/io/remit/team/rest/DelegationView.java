package io.remit.team.rest;

import io.remit.team.domain.Delegation;
import io.remit.team.domain.DelegationStatus;
import io.remit.team.service.DelegationReading;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Delegation", description = "A lead's authority in a team lent to a delegate for a period")
public record DelegationView(
        @Schema(format = "uuid", example = "019ad9a0-7c00-7000-8000-00000000d001") String id,
        @Schema(example = "payments") String teamId,
        @Schema(description = "The LEAD whose authority is lent", example = "lena") String delegator,
        @Schema(description = "Who stands in for the delegator", example = "dev") String delegate,
        Instant validFrom,
        @Schema(description = "Exclusive") Instant validUntil,
        @Schema(description = "The categories lent; empty means all", example = "[\"spend\", \"vendor\"]")
        List<String> categories,
        @Schema(description = "Why; present only for the delegator, the delegate, the team's leads, governance and "
                + "auditors", example = "Parental leave")
        String reason,
        @Schema(description = "Computed when read: SCHEDULED before validFrom, ACTIVE until validUntil, EXPIRED "
                + "after, REVOKED once ended early")
        DelegationStatus status,
        @Schema(description = "Whether the delegator is a LEAD of the team now. An ACTIVE delegation lends authority "
                + "only while this is true; it lends it again if the delegator becomes a lead again before it ends")
        boolean delegatorIsLead,
        @Schema(example = "gus") String createdBy,
        Instant createdAt,
        @Schema(description = "Who revoked it; absent unless REVOKED", example = "lena") String revokedBy,
        @Schema(description = "When; absent unless REVOKED") Instant revokedAt,
        @Schema(description = "Why it was revoked, when a reason was given; shown to the same people as reason",
                example = "Back from leave early")
        String revocationReason) {

    static DelegationView of(DelegationReading reading) {
        Delegation d = reading.delegation();
        boolean shown = reading.reasonShown();
        return new DelegationView(d.id, d.teamId, d.delegator, d.delegate, d.validFrom, d.validUntil, d.categories(),
                shown ? d.reason : null, reading.status(), reading.delegatorIsLead(), d.createdBy, d.createdAt,
                d.revokedBy, d.revokedAt, shown ? d.revocationReason : null);
    }
}
