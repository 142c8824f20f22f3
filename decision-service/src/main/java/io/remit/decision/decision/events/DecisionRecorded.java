package io.remit.decision.decision.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.remit.decision.shared.DecisionStatus;
import io.remit.decision.decision.domain.Decision;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.evaluation.Verdict;
import io.remit.decision.events.DecisionEvents;
import io.remit.decision.events.DecisionServiceEvent;
import io.remit.decision.events.EventMoney;
import io.remit.decision.shared.DecisionContent;
import java.time.Instant;
import java.util.List;

/**
 * remit.decision.recorded.v1: every decision, within remit or not, as its log entry holds it. Keyed and subjected by
 * the decision id, so it stays in order with the decision's escalation events.
 */
public record DecisionRecorded(String id, String teamId, String category, String title, String rationale,
        EventMoney budget, Risk risk, Scope scope, boolean reversible, String decidedBy, Instant decidedAt,
        String recordedBy, Instant recordedAt, String source, String externalRef, Verdict verdict,
        List<String> reasons, BoundaryRef boundary, String hash, String previousHash, DecisionStatus status,
        boolean imported, @JsonInclude(JsonInclude.Include.NON_NULL) String supersedes)
        implements DecisionServiceEvent {

    /** The boundary version that justified or refused the decision. */
    public record BoundaryRef(String id, String category, int version) {
    }

    public static DecisionRecorded of(Decision d) {
        DecisionContent c = d.content;
        return new DecisionRecorded(d.id, d.teamId, c.category, c.title, d.rationale, EventMoney.of(c.budget()),
                c.risk, c.scope, c.reversible, c.decidedBy, c.decidedAt, d.recordedBy, d.recordedAt, d.source,
                d.externalRef, d.verdict, d.reasons(), d.boundaryVersion == null ? null
                        : new BoundaryRef(d.boundaryId, c.category, d.boundaryVersion), d.hash, d.previousHash,
                d.recordedStatus, d.imported, d.supersedes);
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public String type() {
        return DecisionEvents.DECISION_RECORDED;
    }

    @Override
    public String subject() {
        return id;
    }
}
