package io.remit.decision.decision.rest;

import io.remit.decision.decision.domain.Decision;
import io.remit.decision.decision.service.DecisionService;
import io.remit.decision.escalation.domain.Escalation;
import io.remit.decision.escalation.domain.EscalationStatus;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.evaluation.Verdict;
import io.remit.decision.shared.DecisionContent;
import io.remit.decision.shared.DecisionStatus;
import io.remit.decision.shared.MoneyBody;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Decision", description = "A logged decision, its verdict and its place in the team's hash chain")
public record DecisionView(
        String id,
        String teamId,
        String category,
        String title,
        String rationale,
        MoneyBody budget,
        Risk risk,
        Scope scope,
        boolean reversible,
        String decidedBy,
        Instant decidedAt,
        String recordedBy,
        Instant recordedAt,
        String source,
        String externalRef,
        Verdict verdict,
        @Schema(description = "One per breached dimension", example = "[\"budget 50000 EUR exceeds 20000 EUR\"]")
        List<String> reasons,
        @Schema(description = "The boundary version that justified or refused it")
        BoundaryRef boundary,
        EscalationRef escalation,
        @Schema(description = "PENDING while its escalation is open, IN_EFFECT when within remit or approved, "
                + "REJECTED, WITHDRAWN, or SUPERSEDED by a later decision of its team") DecisionStatus status,
        @Schema(description = "The earlier decision this one replaces", nullable = true) String supersedes,
        @Schema(description = "The later decision that replaced this one", nullable = true) String supersededBy,
        @Schema(description = "Logged from an earlier record; its verdict is history") boolean imported,
        @Schema(description = "SHA-256 over the entry's canonical content and previousHash") String hash,
        String previousHash) {

    public record BoundaryRef(String id, String category, int version) {
    }

    public record EscalationRef(String id, String targetTeamId, int level, EscalationStatus status, Instant dueAt) {
        static EscalationRef of(Escalation e) {
            return e == null ? null : new EscalationRef(e.id, e.targetTeamId, e.level, e.status, e.dueAt);
        }
    }

    public static DecisionView of(DecisionService.Recorded recorded) {
        Decision d = recorded.decision();
        DecisionContent c = d.content;
        return new DecisionView(d.id, d.teamId, c.category, c.title, d.rationale, MoneyBody.of(c.budget()), c.risk,
                c.scope, c.reversible, c.decidedBy, c.decidedAt, d.recordedBy, d.recordedAt, d.source, d.externalRef,
                d.verdict, d.reasons(), d.boundaryVersion == null ? null
                        : new BoundaryRef(d.boundaryId, c.category, d.boundaryVersion),
                EscalationRef.of(recorded.escalation()), d.status, d.supersedes, d.supersededBy, d.imported, d.hash,
                d.previousHash);
    }
}
