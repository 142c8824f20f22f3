package io.remit.decision.boundary.rest;

import io.remit.decision.boundary.service.BoundaryDraft;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.shared.MoneyBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BoundaryRequest", description = "A new version of a team's decision right for one category")
public record BoundaryRequest(
        @Valid
        @Schema(description = "Most the team may spend on one decision; absent grants no spending", nullable = true)
        MoneyBody maxBudget,
        @Schema(description = "Highest risk the team may take on its own; required, except on the root team, whose "
                + "boundaries hold approval rules only", example = "MEDIUM")
        Risk maxRisk,
        @Schema(description = "Widest scope the team may decide for; required, except on the root team, whose "
                + "boundaries hold approval rules only", example = "TEAM")
        Scope maxScope,
        @Schema(description = "Whether the team may take irreversible decisions (default false)")
        Boolean irreversibleAllowed,
        @Schema(description = "When this version takes over (default now; never in the past)")
        Instant validFrom,
        @Schema(description = "When it ends (default: open-ended, until a later version takes over)")
        Instant validUntil,
        @NotBlank @Size(max = 2000)
        @Schema(description = "Why the boundary is set this way", example = "Quarterly budget review 2026-Q4")
        String reason,
        @Size(max = 20)
        @Schema(description = "How many distinct approvers an escalation targeting this team needs, by rule; "
                + "absent or empty: one. Not a limit: nesting ignores it")
        List<@Valid @NotNull ApprovalRuleBody> approvals) {

    BoundaryDraft toDraft() {
        return new BoundaryDraft(maxBudget == null ? null : maxBudget.toMoney(), maxRisk, maxScope,
                irreversibleAllowed, validFrom, validUntil, reason,
                approvals == null ? List.of() : approvals.stream().map(ApprovalRuleBody::toRule).toList());
    }
}
