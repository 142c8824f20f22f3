package io.remit.decision.decision.service;

import io.remit.decision.decision.domain.Decision;
import io.remit.decision.decision.domain.DecisionAct;
import io.remit.decision.decision.domain.DecisionActRepository;
import io.remit.decision.decision.domain.DecisionRepository;
import io.remit.decision.decision.events.DecisionStatusChanged;
import io.remit.decision.escalation.domain.Escalation;
import io.remit.decision.escalation.domain.EscalationStatus;
import io.remit.decision.escalation.service.DecisionOutcomes;
import io.remit.decision.escalation.service.EscalationService;
import io.remit.decision.evaluation.Eligibility;
import io.remit.decision.evaluation.WithdrawalRights;
import io.remit.decision.ledger.CanonicalForm;
import io.remit.decision.ledger.HashChain;
import io.remit.decision.shared.Caller;
import io.remit.decision.shared.DecisionStatus;
import io.remit.decision.shared.StatusChange;
import io.remit.decision.team.service.TeamDirectory;
import io.remit.decision.teamlog.TeamLog;
import io.remit.decision.teamlog.TeamLogHead;
import io.remit.platform.ids.TimeOrderedIds;
import io.remit.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The decision lifecycle (DESIGN "Authority over time" 3): PENDING while its escalation is open, IN_EFFECT when
 * within remit or approved, REJECTED, WITHDRAWN, or SUPERSEDED by a later decision of its team once that one is in
 * effect. Every change belongs to the log entry of the act that caused it and is published as
 * remit.decision.status-changed.v1. All changes of a team's decisions happen under that team's log lock.
 */
@ApplicationScoped
@Transactional
public class DecisionLifecycle implements DecisionOutcomes {

    private final DecisionRepository decisions;
    private final DecisionActRepository acts;
    private final EscalationService escalations;
    private final TeamDirectory directory;
    private final TeamLog teamLog;
    private final Outbox outbox;

    DecisionLifecycle(DecisionRepository decisions, DecisionActRepository acts, EscalationService escalations,
            TeamDirectory directory, TeamLog teamLog, Outbox outbox) {
        this.decisions = decisions;
        this.acts = acts;
        this.escalations = escalations;
        this.directory = directory;
        this.teamLog = teamLog;
        this.outbox = outbox;
    }

    /** A withdrawn decision, and its escalation when it had one. */
    public DecisionService.Recorded withdraw(String decisionId, String reason, Caller caller) {
        Decision decision = find(decisionId);
        TeamLogHead head = teamLog.lockHead(decision.teamId);
        decisions.getEntityManager().refresh(decision);
        Instant now = CanonicalForm.storable(Instant.now());
        WithdrawalRights.Allowed allowed = WithdrawalRights.judge(new WithdrawalRights.Withdrawal(
                        new Eligibility.Actor(caller.userId(), caller.roles()), decision.content.decidedBy,
                        decision.recordedBy, directory.authoritiesOver(decision.teamId, caller.userId()).get(0),
                        decision.content.category, now))
                .orElseThrow(() -> DecisionProblems.withdrawalNotAllowed(caller.userId(), decisionId,
                        decision.teamId));
        if (!decision.status.isLive()) {
            throw DecisionProblems.transition(decisionId, decision.status, "withdrawn");
        }
        List<StatusChange> changes = List.of(new StatusChange(decision.id, DecisionStatus.WITHDRAWN));
        Optional<Escalation> escalation = escalations.findEscalationOfDecision(decision.id);
        Optional<Escalation> open = escalation.filter(e -> e.status.isOpen());
        if (open.isPresent()) {
            escalations.withdraw(open.get(), new EscalationService.Withdrawal(caller.userId(), allowed.onBehalfOf(),
                    allowed.describe(), reason, now, changes, null), head);
        } else {
            appendWithdrawal(head, decision, caller.userId(), allowed, reason, now, changes);
        }
        changeStatus(decision, DecisionStatus.WITHDRAWN, now, caller.userId(), allowed.onBehalfOf(), reason,
                open.map(e -> e.id).orElse(null), null);
        return new DecisionService.Recorded(decision, escalation.orElse(null));
    }

    /**
     * The earlier decision a new one of the team names in {@code supersedes}, checked under the team's lock before
     * anything is written: of the same team (else 422), PENDING or IN_EFFECT, without a pending successor (else 409).
     * An imported decision records history: it needs only the same team.
     */
    Decision earlierToSupersede(String supersedes, String teamId, boolean imported) {
        if (supersedes == null) {
            return null;
        }
        Decision earlier = decisions.findByIdOptional(supersedes)
                .orElseThrow(() -> DecisionProblems.supersedesUnknown(supersedes));
        if (!earlier.teamId.equals(teamId)) {
            throw DecisionProblems.supersedesOtherTeam(supersedes, earlier.teamId, teamId);
        }
        if (imported) {
            return earlier;
        }
        if (!earlier.status.isLive()) {
            throw DecisionProblems.supersedesEnded(supersedes, earlier.status);
        }
        decisions.findPendingSuccessorOf(supersedes).ifPresent(successor -> {
            throw DecisionProblems.supersedesHasPendingSuccessor(supersedes, successor.id);
        });
        return earlier;
    }

    /** What logging a decision in this status does to the one it supersedes: SUPERSEDED when it takes effect now. */
    static List<StatusChange> consequencesOfLogging(DecisionStatus status, Decision earlier, boolean imported) {
        if (earlier == null || imported || status != DecisionStatus.IN_EFFECT) {
            return List.of();
        }
        return supersession(earlier).stream().toList();
    }

    /** A successor now in effect supersedes the earlier decision if that one is still live; else it changes nothing. */
    private static Optional<StatusChange> supersession(Decision earlier) {
        return earlier.status.isLive()
                ? Optional.of(new StatusChange(earlier.id, DecisionStatus.SUPERSEDED))
                : Optional.empty();
    }

    /** After the successor's entry is appended: the links, and the earlier decision's supersession if it was due. */
    void applyLogging(Decision successor, Decision earlier, TeamLogHead head) {
        if (earlier == null) {
            return;
        }
        if (successor.statusChanges().isEmpty()) {
            if (successor.imported && earlier.supersededBy == null) {
                earlier.supersededBy = successor.id;
            }
            return;
        }
        supersede(earlier, successor, successor.recordedAt, head);
    }

    @Override
    public List<StatusChange> consequencesOf(Escalation ended) {
        Decision decision = find(ended.decisionId);
        DecisionStatus to = ended.status == EscalationStatus.APPROVED ? DecisionStatus.IN_EFFECT
                : ended.status == EscalationStatus.REJECTED ? DecisionStatus.REJECTED : null;
        if (to == null) {
            return List.of();
        }
        List<StatusChange> changes = new ArrayList<>(List.of(new StatusChange(decision.id, to)));
        if (to == DecisionStatus.IN_EFFECT && decision.supersedes != null) {
            supersession(find(decision.supersedes)).ifPresent(changes::add);
        }
        return changes;
    }

    @Override
    public void apply(List<StatusChange> changes, Escalation ended, Act act, TeamLogHead head) {
        if (changes.isEmpty()) {
            return;
        }
        Decision decision = find(ended.decisionId);
        changeStatus(decision, changes.get(0).status(), act.at(), act.by(), act.onBehalfOf(), act.reason(),
                ended.id, null);
        if (decision.status != DecisionStatus.IN_EFFECT || decision.supersedes == null) {
            return;
        }
        Decision earlier = find(decision.supersedes);
        if (changes.size() > 1) {
            supersede(earlier, decision, act.at(), head);
        } else {
            // The earlier decision was rejected or withdrawn meanwhile: only the link is recorded.
            earlier.supersededBy = decision.id;
        }
    }

    /** The earlier decision gives way to its successor now in effect; an escalation it still had ends WITHDRAWN. */
    private void supersede(Decision earlier, Decision successor, Instant at, TeamLogHead head) {
        earlier.supersededBy = successor.id;
        Optional<Escalation> open = escalations.findOpenEscalationOf(earlier.id);
        String reason = "superseded by decision " + successor.id;
        open.ifPresent(escalation -> escalations.withdraw(escalation, new EscalationService.Withdrawal(
                EscalationService.SYSTEM_ACTOR, null, null, reason, at, List.of(), successor.id), head));
        changeStatus(earlier, DecisionStatus.SUPERSEDED, at, EscalationService.SYSTEM_ACTOR, null, reason,
                open.map(e -> e.id).orElse(null), successor.id);
    }

    private void changeStatus(Decision decision, DecisionStatus to, Instant at, String by, String onBehalfOf,
            String reason, String escalationId, String supersededBy) {
        DecisionStatus from = decision.status;
        decision.status = to;
        outbox.append(new DecisionStatusChanged(decision.id, decision.teamId, decision.content.category, from, to,
                at, by, onBehalfOf, reason, escalationId, supersededBy,
                to == DecisionStatus.IN_EFFECT ? decision.supersedes : null));
    }

    private void appendWithdrawal(TeamLogHead head, Decision decision, String actor, WithdrawalRights.Allowed allowed,
            String reason, Instant at, List<StatusChange> changes) {
        DecisionAct act = new DecisionAct();
        act.id = TimeOrderedIds.next();
        act.decisionId = decision.id;
        act.teamId = decision.teamId;
        act.action = DecisionAct.WITHDRAWN;
        act.actor = actor;
        act.onBehalfOf = allowed.onBehalfOf();
        act.basis = allowed.describe();
        act.reason = reason;
        act.occurredAt = at;
        act.statusChanges = changes;
        HashChain.append(head, act);
        acts.persist(act);
    }

    private Decision find(String id) {
        return decisions.findByIdOptional(id).orElseThrow(() -> DecisionProblems.decisionNotFound(id));
    }
}
