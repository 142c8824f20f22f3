package io.remit.decision.boundary.rest;

import io.remit.decision.boundary.domain.Boundary;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.shared.MoneyBody;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Boundary", description = "One immutable version of a team's decision right for one category")
public record BoundaryView(
        String id,
        @Schema(example = "payments") String teamId,
        @Schema(example = "spend") String category,
        @Schema(example = "2") int version,
        MoneyBody maxBudget,
        @Schema(description = "Absent only on a root boundary that holds approval rules only") Risk maxRisk,
        @Schema(description = "Absent only on a root boundary that holds approval rules only") Scope maxScope,
        boolean irreversibleAllowed,
        Instant validFrom,
        @Schema(description = "As written; a later version may take over before it")
        Instant validUntil,
        String reason,
        String createdBy,
        Instant createdAt,
        @Schema(description = "The approval rules of this version; absent when it states none (one approver)")
        List<ApprovalRuleBody> approvals) {

    public static BoundaryView of(Boundary b) {
        return new BoundaryView(b.id, b.teamId, b.category, b.version, MoneyBody.of(b.maxBudget()), b.maxRisk,
                b.maxScope, b.irreversibleAllowed, b.validFrom, b.validUntil, b.reason, b.createdBy, b.createdAt,
                ApprovalRuleBody.listOf(b.approvals()));
    }
}
