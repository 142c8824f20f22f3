package io.remit.decision.escalation.service;

import io.remit.decision.escalation.domain.Escalation;
import io.remit.decision.escalation.domain.EscalationRepository;
import io.remit.decision.escalation.domain.EscalationStatus;
import io.remit.decision.escalation.domain.EscalationStep;
import io.remit.decision.escalation.domain.EscalationVote;
import io.remit.decision.escalation.domain.StepAction;
import io.remit.decision.escalation.events.EscalationEventData;
import io.remit.decision.evaluation.Eligibility;
import io.remit.decision.evaluation.EscalationRoute;
import io.remit.decision.evaluation.EscalationRouting;
import io.remit.decision.evaluation.Quorum;
import io.remit.decision.evaluation.SkippedTeam;
import io.remit.decision.evaluation.TeamNode;
import io.remit.decision.ledger.CanonicalForm;
import io.remit.decision.ledger.HashChain;
import io.remit.decision.teamlog.TeamLog;
import io.remit.decision.teamlog.TeamLogHead;
import io.remit.decision.shared.Caller;
import io.remit.decision.shared.StatusChange;
import io.remit.decision.team.service.TeamDirectory;
import io.remit.platform.ids.TimeOrderedIds;
import io.remit.platform.inbox.ProcessedEvents;
import io.remit.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The escalation lifecycle: opened at the nearest authority, acknowledged and resolved by those who hold authority
 * over it (never by the deciding team), moved up a level each time its SLA passes.
 */
@ApplicationScoped
@Transactional
public class EscalationService {

    /** The actor recorded for what Remit itself does, such as moving an escalation up. */
    public static final String SYSTEM_ACTOR = "remit";

    private static final Logger LOG = Logger.getLogger(EscalationService.class);

    private final EscalationRepository escalations;
    private final TeamDirectory directory;
    private final TeamLog teamLog;
    private final Outbox outbox;
    private final ProcessedEvents processedEvents;
    private final DecisionOutcomes outcomes;
    private final ApprovalRequirements approvals;

    EscalationService(EscalationRepository escalations, TeamDirectory directory, TeamLog teamLog, Outbox outbox,
            ProcessedEvents processedEvents, DecisionOutcomes outcomes, ApprovalRequirements approvals) {
        this.approvals = approvals;
        this.escalations = escalations;
        this.directory = directory;
        this.teamLog = teamLog;
        this.outbox = outbox;
        this.processedEvents = processedEvents;
        this.outcomes = outcomes;
    }

    /** Why and by whom an open escalation is withdrawn, and the decisions' statuses its entry records. */
    public record Withdrawal(String by, String onBehalfOf, String basis, String reason, Instant at,
                             List<StatusChange> statusChanges, String supersededBy) {
    }

    /**
     * Ends an open escalation because its decision was withdrawn, or superseded by a later one now in effect: one
     * WITHDRAWN step, and remit.escalation.withdrawn.v1 so that its timers stop and its recipients hear of it.
     */
    public void withdraw(Escalation escalation, Withdrawal withdrawal, TeamLogHead head) {
        escalation.status = EscalationStatus.WITHDRAWN;
        escalation.outcome = EscalationStatus.WITHDRAWN;
        escalation.resolvedAt = withdrawal.at();
        escalation.resolvedBy = withdrawal.by();
        EscalationStep step = newStep(escalation, StepAction.WITHDRAWN, withdrawal.by(), withdrawal.at(),
                withdrawal.reason(), withdrawal.onBehalfOf(), withdrawal.basis(), List.of());
        step.statusChanges = withdrawal.statusChanges();
        seal(head, step);
        outbox.append(EscalationEventData.Withdrawn.of(escalation, withdrawal.reason(), withdrawal.onBehalfOf(),
                withdrawal.supersededBy()));
    }

    public Optional<Escalation> findEscalationOfDecision(String decisionId) {
        return escalations.findByDecision(decisionId);
    }

    /** The open escalation of a decision, if it has one. */
    public Optional<Escalation> findOpenEscalationOf(String decisionId) {
        return escalations.findByDecision(decisionId).filter(e -> e.status.isOpen());
    }

    /** Opens the level-1 escalation of a decision, in the transaction that records it, on the same locked log. */
    public Escalation open(EscalationOpening opening, TeamLogHead head) {
        Escalation escalation = new Escalation();
        escalation.id = TimeOrderedIds.next();
        escalation.decisionId = opening.decisionId();
        escalation.teamId = opening.teamId();
        escalation.decision = opening.decision();
        escalation.recordedBy = opening.recordedBy();
        escalation.targetTeamId = opening.targetTeamId();
        escalation.level = 1;
        escalation.status = EscalationStatus.OPEN;
        escalation.openedAt = opening.recordedAt();
        escalation.dueAt = deadlineFor(opening.targetTeamId(), opening.recordedAt());
        escalation.setReasons(opening.reasons());
        escalation.approvalsRequired = approvals.requiredAt(escalation);
        escalations.persist(escalation);
        appendRoutingStep(head, escalation, StepAction.OPENED, opening.recordedBy(), opening.recordedAt(),
                opening.skipped());
        outbox.append(EscalationEventData.Escalated.of(escalation, opening.skipped()));
        return escalation;
    }

    public Escalation findEscalation(String id) {
        return escalations.findByIdOptional(id).orElseThrow(() -> EscalationProblems.notFound(id));
    }

    public List<EscalationStep> findHistory(String id) {
        return escalations.findHistory(id);
    }

    public List<Escalation> listEscalations(String targetTeamId, EscalationStatus status, String before, int limit) {
        return escalations.findPage(targetTeamId, status, before, limit);
    }

    /** OPEN → ACKNOWLEDGED; the deadline moves on by one SLA period of the current target. */
    public Escalation acknowledge(String id, Caller caller) {
        Escalation escalation = findEscalation(id);
        Instant now = CanonicalForm.storable(Instant.now());
        Eligibility.Allowed allowed = authorize(escalation, caller, now);
        if (escalation.status != EscalationStatus.OPEN) {
            throw EscalationProblems.transition(id, escalation.status, "acknowledged");
        }
        escalation.status = EscalationStatus.ACKNOWLEDGED;
        escalation.acknowledgedAt = now;
        escalation.acknowledgedBy = caller.userId();
        escalation.dueAt = deadlineFor(escalation.targetTeamId, now);
        appendStep(teamLog.lockHead(escalation.teamId), escalation, StepAction.ACKNOWLEDGED, caller.userId(), now,
                null, allowed);
        outbox.append(EscalationEventData.Acknowledged.of(escalation, allowed.onBehalfOf()));
        return escalation;
    }

    /** The votes counted at the escalation's current level, fresh and carried, oldest first. */
    public List<EscalationVote> findVotes(Escalation escalation) {
        return escalations.findVotes(escalation.id, escalation.level);
    }

    /** Resolving is the caller's vote: with one approver required, it resolves the escalation as it always did. */
    public Escalation resolve(String id, Caller caller, EscalationStatus outcome, String comment) {
        return vote(id, caller, Quorum.Outcome.valueOf(outcome.name()), comment);
    }

    /**
     * One person's vote, judged at its instant (Eligibility, separation of duties included) and counted (Quorum): the
     * escalation is APPROVED once the approvals at its level reach the number required, REJECTED at the first
     * rejection; a first vote that leaves it OPEN acknowledges it. Votes on one team's log queue on its head, so two
     * votes never count the same state.
     */
    public Escalation vote(String id, Caller caller, Quorum.Outcome outcome, String comment) {
        Escalation escalation = findEscalation(id);
        Instant now = CanonicalForm.storable(Instant.now());
        Eligibility.Allowed allowed = authorize(escalation, caller, now);
        TeamLogHead head = teamLog.lockHead(escalation.teamId);
        escalations.getEntityManager().refresh(escalation);
        if (!escalation.status.isOpen()) {
            throw EscalationProblems.transition(id, escalation.status, "voted on");
        }
        List<Quorum.Vote> counted = findVotes(escalation).stream().map(EscalationVote::toVote).toList();
        Quorum.Vote vote = new Quorum.Vote(caller.userId(), allowed.onBehalfOf(), outcome, false);
        Quorum.Answer answer = Quorum.cast(counted, escalation.approvalsRequired, vote);
        if (answer instanceof Quorum.Refused refused) {
            throw EscalationProblems.alreadyVoted(id, refused.detail());
        }
        Quorum.Counted result = (Quorum.Counted) answer;
        EscalationVote row = voteRow(escalation, caller.userId(), allowed, outcome, now, comment, false);
        escalations.getEntityManager().persist(row);

        boolean acknowledges = false;
        if (result.state() == Quorum.State.OPEN) {
            if (escalation.status == EscalationStatus.OPEN) {
                acknowledges = true;
                escalation.status = EscalationStatus.ACKNOWLEDGED;
                escalation.acknowledgedAt = now;
                escalation.acknowledgedBy = caller.userId();
                escalation.dueAt = deadlineFor(escalation.targetTeamId, now);
            }
        } else {
            EscalationStatus resolved = EscalationStatus.valueOf(result.state().name());
            escalation.status = resolved;
            escalation.outcome = resolved;
            escalation.resolvedAt = now;
            escalation.resolvedBy = caller.userId();
        }
        EscalationStep step = newStep(escalation, result.state() == Quorum.State.OPEN ? StepAction.VOTED
                : StepAction.RESOLVED, caller.userId(), now, comment, allowed, List.of());
        step.vote = outcome;
        step.approvals = result.approvals();
        step.approvalsRequired = escalation.approvalsRequired;
        List<StatusChange> changes = escalation.status.isOpen() ? List.of() : outcomes.consequencesOf(escalation);
        step.statusChanges = changes;
        seal(head, step);

        if (acknowledges) {
            outbox.append(EscalationEventData.Acknowledged.of(escalation, allowed.onBehalfOf()));
        }
        outbox.append(EscalationEventData.Voted.of(escalation, row, result.approvals()));
        if (!escalation.status.isOpen()) {
            outbox.append(EscalationEventData.Resolved.of(escalation, comment, allowed.onBehalfOf()));
            outcomes.apply(changes, escalation, new DecisionOutcomes.Act(caller.userId(), allowed.onBehalfOf(),
                    comment, now), head);
        }
        return escalation;
    }

    /**
     * The SLA of the escalation's current level passed: move it to the next level up, or, at the root, record the
     * breach and renew the deadline. A breach for an earlier level, or of a resolved escalation, changes nothing. A
     * breach counts only for the deadline it was armed for: one of a deadline that has moved on since (an
     * acknowledgement crossed it in flight, or an old breach replayed) is recorded and changes nothing else.
     */
    public void onSlaBreached(String eventId, String escalationId, int level, Instant missedDueAt) {
        if (!processedEvents.markProcessed(eventId)) {
            return;
        }
        Escalation escalation = escalations.findByIdOptional(escalationId).orElse(null);
        if (escalation == null || escalation.status.isClosed() || escalation.level != level) {
            LOG.debugf("Ignoring SLA breach of escalation %s level %d: nothing to move", escalationId, level);
            return;
        }
        Instant now = CanonicalForm.storable(Instant.now());
        TeamLogHead head = teamLog.lockHead(escalation.teamId);
        if (missedDueAt.isBefore(escalation.dueAt)) {
            appendStep(head, escalation, StepAction.BREACH_IGNORED, SYSTEM_ACTOR, now,
                    "breach of the deadline " + missedDueAt + ", which had moved on to " + escalation.dueAt);
            return;
        }
        List<TeamNode> above = directory.chainOfKnownTeam(escalation.targetTeamId).stream().skip(1).toList();
        Optional<EscalationRoute> next = EscalationRouting.nextLevel(above);
        if (next.isEmpty()) {
            // The next period starts where the missed one ended, as notification-service renews its timer, so the
            // breach of the renewed deadline carries exactly this dueAt.
            escalation.dueAt = CanonicalForm.storable(deadlineFor(escalation.targetTeamId, missedDueAt));
            appendStep(head, escalation, StepAction.BREACHED_AT_ROOT, SYSTEM_ACTOR, now, null);
            return;
        }
        List<EscalationVote> before = findVotes(escalation);
        escalation.targetTeamId = next.get().targetTeamId();
        escalation.level++;
        escalation.status = EscalationStatus.OPEN;
        escalation.dueAt = deadlineFor(escalation.targetTeamId, now);
        escalation.approvalsRequired = approvals.requiredAt(escalation);
        List<EscalationVote> carried = carryVotes(escalation, before, now);
        EscalationStep step = newStep(escalation, StepAction.MOVED_UP, SYSTEM_ACTOR, now, null, null,
                next.get().skipped());
        step.approvals = carried.size();
        step.approvalsRequired = escalation.approvalsRequired;
        if (!before.isEmpty()) {
            step.carriedVotes = carried.stream().map(v -> v.voter).toList();
            step.droppedVotes = before.stream().map(v -> v.voter).filter(v -> !step.carriedVotes.contains(v))
                    .toList();
        }
        seal(head, step);
        outbox.append(EscalationEventData.Escalated.of(escalation, next.get().skipped()));
    }

    /**
     * Judges the act at its instant from the replica (Eligibility): leads of the current target or of any team
     * above it, their active delegates for the decision's category, and governance; never the person who decided or
     * who recorded the decision (an integration logging on someone's behalf), nor any member of the deciding team,
     * nor a delegate standing in for one of them (separation of duties), whatever other role they hold.
     */
    private Eligibility.Allowed authorize(Escalation escalation, Caller caller, Instant at) {
        Eligibility.Answer answer = judge(escalation, caller.userId(), caller.roles(), at);
        if (answer instanceof Eligibility.Refused refused) {
            throw EscalationProblems.refused(refused);
        }
        return (Eligibility.Allowed) answer;
    }

    /**
     * On a move up, the approvals of those still eligible at the new target, judged again at the move's instant, are
     * carried: a new row at the new level, marked carried, with the basis the voter holds there. The others are
     * dropped. The escalation is OPEN at its new level whatever the carried votes add up to.
     */
    private List<EscalationVote> carryVotes(Escalation escalation, List<EscalationVote> votes, Instant at) {
        Map<String, Eligibility.Allowed> eligible = new HashMap<>();
        for (EscalationVote vote : votes) {
            // The voter's roles are not kept: governance is judged again as governance, a lead or delegate as such.
            Set<String> roles = Eligibility.GOVERNANCE.equals(vote.basis) ? Set.of(Eligibility.GOVERNANCE) : Set.of();
            if (judge(escalation, vote.voter, roles, at) instanceof Eligibility.Allowed allowed) {
                eligible.put(vote.voter, allowed);
            }
        }
        Quorum.Carry carry = Quorum.carry(votes.stream().map(EscalationVote::toVote).toList(),
                vote -> eligible.containsKey(vote.by()));
        List<EscalationVote> rows = new ArrayList<>();
        for (Quorum.Vote vote : carry.carried()) {
            EscalationVote original = votes.stream().filter(v -> v.voter.equals(vote.by())).findFirst().orElseThrow();
            EscalationVote row = voteRow(escalation, vote.by(), eligible.get(vote.by()), vote.outcome(), original.at,
                    original.comment, true);
            escalations.getEntityManager().persist(row);
            rows.add(row);
        }
        return rows;
    }

    private static EscalationVote voteRow(Escalation escalation, String voter, Eligibility.Allowed allowed,
            Quorum.Outcome outcome, Instant at, String comment, boolean carried) {
        EscalationVote row = new EscalationVote();
        row.id = TimeOrderedIds.next();
        row.escalationId = escalation.id;
        row.level = escalation.level;
        row.voter = voter;
        row.onBehalfOf = allowed.onBehalfOf();
        row.outcome = outcome;
        row.at = at;
        row.comment = comment;
        row.basis = allowed.describe();
        row.carried = carried;
        return row;
    }

    private Eligibility.Answer judge(Escalation escalation, String userId, Set<String> roles, Instant at) {
        return Eligibility.judge(new Eligibility.Act(new Eligibility.Actor(userId, roles),
                directory.authoritiesOver(escalation.targetTeamId, userId), escalation.decision.category,
                at, new Eligibility.Duties(escalation.decision.decidedBy, escalation.recordedBy, escalation.teamId,
                        directory.membersOf(escalation.teamId))));
    }

    private Instant deadlineFor(String targetTeamId, Instant from) {
        return from.plus(directory.findTeam(targetTeamId).escalationSla());
    }

    /** A step that routes the escalation (OPENED, MOVED_UP) records, and hashes, the teams it passed over. */
    private void appendRoutingStep(TeamLogHead head, Escalation escalation, StepAction action, String actor,
            Instant at, List<SkippedTeam> skipped) {
        appendStep(head, escalation, action, actor, at, null, null, skipped);
    }

    /** A step Remit takes: no basis of its own, no routing. */
    private void appendStep(TeamLogHead head, Escalation escalation, StepAction action, String actor, Instant at,
            String comment) {
        appendStep(head, escalation, action, actor, at, comment, null, List.of());
    }

    /** The act's basis, and for a delegate the lead stood in for, belong to its entry of the chain. */
    private void appendStep(TeamLogHead head, Escalation escalation, StepAction action, String actor, Instant at,
            String comment, Eligibility.Allowed allowed) {
        appendStep(head, escalation, action, actor, at, comment, allowed, List.of());
    }

    private void appendStep(TeamLogHead head, Escalation escalation, StepAction action, String actor, Instant at,
            String comment, Eligibility.Allowed allowed, List<SkippedTeam> skipped) {
        seal(head, newStep(escalation, action, actor, at, comment, allowed, skipped));
    }

    private void seal(TeamLogHead head, EscalationStep step) {
        HashChain.append(head, step);
        escalations.getEntityManager().persist(step);
    }

    private static EscalationStep newStep(Escalation escalation, StepAction action, String actor, Instant at,
            String comment, Eligibility.Allowed allowed, List<SkippedTeam> skipped) {
        return newStep(escalation, action, actor, at, comment, allowed == null ? null : allowed.onBehalfOf(),
                allowed == null ? null : allowed.describe(), skipped);
    }

    private static EscalationStep newStep(Escalation escalation, StepAction action, String actor, Instant at,
            String comment, String onBehalfOf, String basis, List<SkippedTeam> skipped) {
        EscalationStep step = new EscalationStep();
        step.id = TimeOrderedIds.next();
        step.escalationId = escalation.id;
        step.teamId = escalation.teamId;
        step.action = action;
        step.actor = actor;
        step.occurredAt = at;
        step.level = escalation.level;
        step.targetTeamId = escalation.targetTeamId;
        step.status = escalation.status;
        step.dueAt = escalation.dueAt;
        step.comment = comment;
        step.onBehalfOf = onBehalfOf;
        step.basis = basis;
        step.skipped = skipped;
        return step;
    }
}
