package io.remit.decision.decision.rest;

import io.remit.decision.evaluation.Evaluation;
import io.remit.decision.evaluation.Verdict;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evaluation", description = "The verdict a decision would get now; nothing is stored")
public record EvaluationView(
        Verdict verdict,
        List<String> reasons,
        Boundary boundary,
        @Schema(description = "Where it would escalate") String escalationTargetTeamId) {

    public record Boundary(String teamId, String category, int version) {
    }

    static EvaluationView of(Evaluation e) {
        return new EvaluationView(e.verdict(), e.reasons(), e.boundary() == null ? null
                : new Boundary(e.boundary().teamId(), e.boundary().category(), e.boundary().version()),
                e.escalationTargetTeamId());
    }
}
