package io.remit.decision.decision.service;

import io.remit.decision.decision.domain.Decision;
import io.remit.decision.decision.domain.DecisionActRepository;
import io.remit.decision.decision.domain.DecisionRepository;
import io.remit.decision.escalation.domain.EscalationRepository;
import io.remit.decision.shared.DecisionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A decision's status through time, read from the log entries that set it: a status change belongs to the entry of
 * the act that caused it (DESIGN "Authority over time" 3), so there is no separate history to keep in step. Those
 * entries are the decision's own, its escalation's steps, its acts (a withdrawal of a decision in effect), and the
 * entry, or escalation step, of a successor whose taking effect superseded it; each is found on an index of its own,
 * without reading the rest of the team's log.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DecisionStatusHistory {

    /**
     * The status one entry gave the decision. {@code status} is null only for the decision's own entry when it was
     * written before statuses were recorded (hash version 1), whose later changes were not recorded either.
     */
    public record StatusStep(DecisionStatus status, TeamLogEntry entry) {
    }

    private final DecisionRepository decisions;
    private final EscalationRepository escalations;
    private final DecisionActRepository acts;

    DecisionStatusHistory(DecisionRepository decisions, EscalationRepository escalations, DecisionActRepository acts) {
        this.decisions = decisions;
        this.escalations = escalations;
        this.acts = acts;
    }

    /** Oldest first, starting with the status it was logged in. */
    public List<StatusStep> of(Decision decision) {
        List<TeamLogEntry> candidates = new ArrayList<>();
        candidates.addAll(entriesOf(decision));
        decisions.findSuccessorsOf(decision.id).forEach(successor -> candidates.addAll(entriesOf(successor)));
        List<StatusStep> steps = new ArrayList<>();
        steps.add(new StatusStep(decision.recordedStatus, TeamLogEntry.of(decision)));
        candidates.stream()
                .filter(entry -> entry.statusGivenTo(decision.id) != null)
                .sorted(Comparator.comparingLong(TeamLogEntry::logSeq))
                .forEach(entry -> steps.add(new StatusStep(entry.statusGivenTo(decision.id), entry)));
        return steps;
    }

    /** The entries of a decision's own acts: its logging, its escalation's steps and its decision acts. */
    private List<TeamLogEntry> entriesOf(Decision decision) {
        List<TeamLogEntry> entries = new ArrayList<>();
        entries.add(TeamLogEntry.of(decision));
        escalations.findByDecision(decision.id).map(escalation -> escalation.id)
                .ifPresent(id -> escalations.findHistory(id).forEach(s -> entries.add(TeamLogEntry.of(s,
                        decision.id))));
        acts.findByDecision(decision.id).forEach(act -> entries.add(TeamLogEntry.of(act)));
        return entries;
    }
}
