package io.remit.decision.decision.service;

import io.remit.decision.decision.domain.Decision;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.evaluation.Verdict;
import io.remit.decision.shared.MoneyBody;
import java.time.Instant;
import java.util.List;

/** The data of remit.decision.recorded.v1: every decision, within remit or not, as its log entry holds it. */
public record DecisionRecorded(String id, String teamId, String category, String title, String rationale,
        MoneyBody budget, Risk risk,
        Scope scope, boolean reversible, String decidedBy, Instant decidedAt, String recordedBy, Instant recordedAt,
        String source, String externalRef, Verdict verdict, List<String> reasons, BoundaryRef boundary, String hash,
        String previousHash) {

    /** The boundary version that justified or refused the decision. */
    public record BoundaryRef(String id, String category, int version) {
    }

    static DecisionRecorded of(Decision d) {
        return new DecisionRecorded(d.id, d.teamId, d.category, d.title, d.rationale, MoneyBody.of(d.budget()), d.risk, d.scope,
                d.reversible, d.decidedBy, d.decidedAt, d.recordedBy, d.recordedAt, d.source, d.externalRef,
                d.verdict, d.reasons(), d.boundaryVersion == null ? null
                        : new BoundaryRef(d.boundaryId, d.category, d.boundaryVersion), d.hash, d.previousHash);
    }
}
