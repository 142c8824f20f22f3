package io.remit.decision.boundary.domain;

import io.remit.decision.evaluation.BoundaryTerms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The versions of one team's boundary for one category, in version order. Each version is in force from its
 * validFrom until its own validUntil or the next version's validFrom, whichever comes first, so versions never
 * overlap although no stored row ever changes.
 */
public final class BoundaryHistory {

    private BoundaryHistory() {
    }

    /**
     * The versions as they are in force; a version superseded before it started is left out, and so is a root version
     * that holds approval rules only: it limits nothing, so evaluation, routing and nesting ignore it.
     */
    public static List<BoundaryTerms> effectiveTerms(List<Boundary> versionsInOrder) {
        List<BoundaryTerms> terms = new ArrayList<>();
        for (int i = 0; i < versionsInOrder.size(); i++) {
            Boundary version = versionsInOrder.get(i);
            Instant until = version.validUntil;
            if (i + 1 < versionsInOrder.size()) {
                Instant successorStart = versionsInOrder.get(i + 1).validFrom;
                until = until == null || successorStart.isBefore(until) ? successorStart : until;
            }
            if (!version.rulesOnly() && (until == null || until.isAfter(version.validFrom))) {
                terms.add(new BoundaryTerms(version.id, version.teamId, version.category, version.version,
                        version.maxBudget(), version.maxRisk, version.maxScope, version.irreversibleAllowed,
                        version.validFrom, until));
            }
        }
        return terms;
    }
}
