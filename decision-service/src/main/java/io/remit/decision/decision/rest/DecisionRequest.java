package io.remit.decision.decision.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.remit.decision.decision.service.DecisionCommand;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.shared.DecisionStatus;
import io.remit.decision.shared.MoneyBody;
import io.remit.decision.team.service.TeamArrivals;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code supersedes}, {@code imported} and {@code status} came later: left out of the idempotency fingerprint when
 * absent, so a retry of a request stored before them still matches it.
 */
@Schema(name = "DecisionRequest", description = "A decision a team took, or is about to take")
public record DecisionRequest(
        @NotNull @Pattern(regexp = TeamArrivals.TEAM_ID, message = "must be a team id") @Schema(example = "payments")
        String teamId,
        @NotNull @Pattern(regexp = SLUG, message = "must be a slug such as 'spend'") @Schema(example = "vendor")
        String category,
        @NotBlank @Size(max = 300) @Schema(example = "Switch card processor to Acme Pay")
        String title,
        @Size(max = 10000) @Schema(example = "Lower fees, same SLA; contract reviewed by legal")
        String rationale,
        @Valid @Schema(description = "What it spends; absent spends nothing", nullable = true)
        MoneyBody budget,
        @NotNull @Schema(example = "MEDIUM") Risk risk,
        @NotNull @Schema(example = "TEAM") Scope scope,
        @NotNull @Schema(example = "true") Boolean reversible,
        @Size(max = 200) @Pattern(regexp = USER, message = "must be a user id")
        @Schema(description = "Who decided; required for the integration role, else the caller", example = "alice")
        String decidedBy,
        @Schema(description = "When it was decided (default now; at most 7 days back, never in the future)")
        Instant decidedAt,
        @Size(max = 100) @Schema(description = "The integration that logged it; required with externalRef",
                example = "adr-bot")
        String source,
        @Size(max = 300) @Schema(description = "Its id in that integration; unique per source", example = "ADR-0042")
        String externalRef,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Pattern(regexp = UUID, message = "must be a decision id")
        @Schema(description = "An earlier PENDING or IN_EFFECT decision of the same team that this one replaces once "
                + "it is in effect", nullable = true)
        String supersedes,
        @Schema(description = "Logged from an earlier record, e.g. an architecture decision record (integration and "
                + "governance only): no past window for decidedAt, no escalation, and its status is given",
                defaultValue = "false")
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean imported,
        @Schema(description = "The status an imported decision ended in; only with imported: true",
                enumeration = {"IN_EFFECT", "REJECTED", "WITHDRAWN", "SUPERSEDED"}, nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) DecisionStatus status) {

    static final String SLUG = "^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$";
    static final String UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    static final String USER = "^(?!\\.{1,2}$)[A-Za-z0-9._@:+-]{1,200}$";

    DecisionCommand toCommand() {
        return new DecisionCommand(teamId, category, title, rationale, budget == null ? null : budget.toMoney(), risk,
                scope, reversible, decidedBy, decidedAt, source, externalRef, supersedes, Boolean.TRUE.equals(imported),
                status);
    }
}
