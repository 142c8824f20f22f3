package io.remit.team.rest;

import io.remit.team.service.DelegationDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /teams/{id}/delegations}, with the field names DESIGN fixes (rule 9). */
@Schema(name = "DelegationRequest", description = "A lead's authority in the team lent to a delegate for a period")
public record DelegationRequest(
        @Pattern(regexp = MemberResource.USER_ID, message = MemberResource.USER_ID_MESSAGE)
        @Schema(description = "The LEAD whose authority is lent. A lead omits it (or names themselves); admin and "
                + "governance must name one of the team's leads", example = "lena")
        String delegator,
        @NotNull @Pattern(regexp = MemberResource.USER_ID, message = MemberResource.USER_ID_MESSAGE)
        @Schema(description = "Who stands in for the delegator; never the delegator", example = "dev")
        String delegate,
        @Schema(description = "When it starts (default now). It may not lie in the past, beyond a clock skew of "
                + "`remit.delegations.clock-skew` (60 s), within which it is recorded as now",
                example = "2026-12-01T09:00:00Z")
        Instant validFrom,
        @NotNull
        @Schema(description = "When it ends (exclusive); after validFrom and at most `remit.delegations.max-duration` "
                + "(90 days) later", example = "2026-12-15T09:00:00Z")
        Instant validUntil,
        @Schema(description = "The categories lent: distinct slugs (2-63 lowercase letters, digits or '-', not "
                + "starting or ending with '-', as decision categories), at most 50; absent or empty lends all. "
                + "Anything else is a 422", example = "[\"spend\", \"vendor\"]")
        List<String> categories,
        @NotBlank @Size(max = 2000)
        @Schema(description = "Why; shown only to the delegator, the delegate, the team's leads, governance and "
                + "auditors", example = "Parental leave")
        String reason) {

    DelegationDraft toDraft() {
        return new DelegationDraft(delegator, delegate, validFrom, validUntil, categories, reason);
    }
}
