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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BoundaryRequest", description = "A new version of a team's decision right for one category")
public record BoundaryRequest(
        @Valid
        @Schema(description = "Most the team may spend on one decision; absent grants no spending", nullable = true)
        MoneyBody maxBudget,
        @NotNull @Schema(description = "Highest risk the team may take on its own", example = "MEDIUM")
        Risk maxRisk,
        @NotNull @Schema(description = "Widest scope the team may decide for", example = "TEAM")
        Scope maxScope,
        @Schema(description = "Whether the team may take irreversible decisions (default false)")
        Boolean irreversibleAllowed,
        @Schema(description = "When this version takes over (default now; never in the past)")
        Instant validFrom,
        @Schema(description = "When it ends (default: open-ended, until a later version takes over)")
        Instant validUntil,
        @NotBlank @Size(max = 2000)
        @Schema(description = "Why the boundary is set this way", example = "Quarterly budget review 2026-Q4")
        String reason) {

    BoundaryDraft toDraft() {
        return new BoundaryDraft(maxBudget == null ? null : maxBudget.toMoney(), maxRisk, maxScope,
                Boolean.TRUE.equals(irreversibleAllowed), validFrom, validUntil, reason);
    }
}
