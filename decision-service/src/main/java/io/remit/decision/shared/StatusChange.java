package io.remit.decision.shared;

import java.util.List;
import java.util.Objects;

/** A decision's status as one act of the team's log left it; part of that act's entry in the hash chain. */
public record StatusChange(String decisionId, DecisionStatus status) {

    public StatusChange {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(status, "status");
    }

    /** As the canonical form hashes it: {@code [decisionId, status]}. */
    public List<Object> canonical() {
        return List.of(decisionId, status);
    }

    public static List<Object> canonical(List<StatusChange> changes) {
        return changes.stream().map(change -> (Object) change.canonical()).toList();
    }
}
