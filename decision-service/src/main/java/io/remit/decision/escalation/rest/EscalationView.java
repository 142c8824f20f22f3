package io.remit.decision.escalation.rest;

import io.remit.decision.escalation.domain.Escalation;
import io.remit.decision.escalation.domain.EscalationStatus;
import io.remit.decision.escalation.domain.EscalationStep;
import io.remit.decision.escalation.domain.EscalationVote;
import io.remit.decision.escalation.domain.StepAction;
import io.remit.decision.evaluation.Quorum;
import io.remit.decision.evaluation.SkipReason;
import io.remit.decision.evaluation.SkippedTeam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Escalation", description = "An out-of-remit decision routed up the tree, with its whole history")
public record EscalationView(
        String id,
        String decisionId,
        @Schema(description = "The deciding team") String teamId,
        @Schema(description = "The team that must answer now") String targetTeamId,
        @Schema(description = "1 for the first routing, +1 for each move up") int level,
        EscalationStatus status,
        @Schema(description = "When it moves up unless acknowledged or resolved") Instant dueAt,
        List<String> reasons,
        Instant openedAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant resolvedAt,
        String resolvedBy,
        @Schema(description = "Each routing level, oldest first: level 1 when it opened, one more per move up, with "
                + "the teams that level passed over and why") List<Route> routes,
        @Schema(description = "Oldest first; each step is an entry of the deciding team's log") List<Step> history,
        @Schema(description = "Distinct approvers the current target's approval rules require for this decision "
                + "(1 when none match)", minimum = "1", maximum = "10") int approvalsRequired,
        @Schema(description = "The votes counted at the current level, oldest first: cast there, or carried from "
                + "below on a move up. Lists of escalations leave them empty; read one escalation for them")
        List<VoteView> votes) {

    @Schema(name = "EscalationVote", description = "One person's vote; a delegate and the lead they stand in for "
            + "share one")
    public record VoteView(
            String by,
            @Schema(description = "The lead a delegate voted for; absent for a vote in the voter's own right")
            String onBehalfOf,
            @Schema(enumeration = {"APPROVED", "REJECTED"}) Quorum.Outcome outcome,
            @Schema(description = "When it was cast (a carried vote keeps its instant)") Instant at,
            String comment,
            @Schema(description = "In what right the voter votes at the current level, e.g. \"lead of finance\"")
            String basis,
            @Schema(description = "Carried from a lower level when the escalation moved up") boolean carried) {
        static VoteView of(EscalationVote v) {
            return new VoteView(v.voter, v.onBehalfOf, v.outcome, v.at, v.comment, v.basis, v.carried);
        }
    }

    @Schema(name = "EscalationRoute", description = "Where one routing level sent the escalation")
    public record Route(
            @Schema(description = "1 for the first routing, +1 for each move up") int level,
            @Schema(description = "The team this level routed it to") String targetTeamId,
            @Schema(description = "When it was routed there") Instant at,
            @Schema(description = "The teams this level passed over, nearest first; empty when none, and for "
                    + "levels routed before skipped teams were recorded") List<Skipped> skipped) {
        static Route of(EscalationStep s) {
            return new Route(s.level, s.targetTeamId, s.occurredAt, s.skipped().stream().map(Skipped::of).toList());
        }
    }

    @Schema(name = "SkippedTeam", description = "A team a routing level passed over, and why")
    public record Skipped(
            @Schema(example = "finance") String teamId,
            @Schema(description = "NO_BOUNDARY: no boundary for the category in force at decidedAt; NOT_COVERED: its "
                    + "boundary falls short on the dimensions the detail names; SUSPENDED or ARCHIVED: it holds no "
                    + "autonomy; NO_LEAD_OR_DELEGATE (moving up): nobody there could take it") SkipReason reason,
            @Schema(example = "budget 50000 EUR exceeds 20000 EUR; risk HIGH exceeds MEDIUM") String detail) {
        static Skipped of(SkippedTeam s) {
            return new Skipped(s.teamId(), s.reason(), s.detail());
        }
    }

    @Schema(name = "EscalationStep")
    public record Step(StepAction action, String actor,
            @Schema(description = "The lead whose authority a delegate used for this act; absent when the actor "
                    + "acted in their own right") String onBehalfOf,
            @Schema(description = "In what right the actor acknowledged or resolved, e.g. \"lead of finance\", "
                    + "\"governance\" or \"delegate of lena in finance through delegation <id>\"; absent for "
                    + "the steps Remit takes itself and for acts recorded before it was kept") String basis,
            Instant at, int level, String targetTeamId,
            EscalationStatus status, Instant dueAt, String comment,
            String hash,
            @Schema(description = "The outcome of the vote this step records (VOTED, and RESOLVED by a vote)",
                    enumeration = {"APPROVED", "REJECTED"}) Quorum.Outcome vote,
            @Schema(description = "Votes and moves up: the approvals counted at the step's level after it")
            Integer approvals,
            @Schema(description = "Votes and moves up: the distinct approvers the target requires")
            Integer approvalsRequired,
            @Schema(description = "A move up: the voters whose votes it carried to the new level")
            List<String> carriedVotes,
            @Schema(description = "A move up: the voters whose votes it dropped, no longer eligible at the new level")
            List<String> droppedVotes) {
        static Step of(EscalationStep s) {
            return new Step(s.action, s.actor, s.onBehalfOf, s.basis, s.occurredAt, s.level, s.targetTeamId,
                    s.status, s.dueAt, s.comment, s.hash, s.vote, s.approvals, s.approvalsRequired, s.carriedVotes,
                    s.droppedVotes);
        }
    }

    static EscalationView of(Escalation e, List<EscalationStep> history) {
        return of(e, history, List.of());
    }

    public static EscalationView of(Escalation e, List<EscalationStep> history, List<EscalationVote> votes) {
        return new EscalationView(e.id, e.decisionId, e.teamId, e.targetTeamId, e.level, e.status, e.dueAt,
                e.reasons(), e.openedAt, e.acknowledgedAt, e.acknowledgedBy, e.resolvedAt, e.resolvedBy,
                history.stream().filter(s -> s.action.routes()).map(Route::of).toList(),
                history.stream().map(Step::of).toList(), e.approvalsRequired,
                votes.stream().map(VoteView::of).toList());
    }
}
