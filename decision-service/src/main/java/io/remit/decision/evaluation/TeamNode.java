package io.remit.decision.evaluation;

import java.util.Objects;

/** A team as the rules see it: its place in the tree, its standing, and whether anyone can take an escalation. */
public record TeamNode(String id, String parentId, TeamStatus status, boolean hasLead) {

    public TeamNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }

    /** The root holds every decision right. */
    public boolean isRoot() {
        return parentId == null;
    }

    public boolean isArchived() {
        return status == TeamStatus.ARCHIVED;
    }

    /** Only an active team holds autonomy: a suspended team can neither decide alone nor take a decision off others. */
    public boolean holdsAutonomy() {
        return status == TeamStatus.ACTIVE;
    }
}
