package io.remit.decision.decision.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.remit.decision.decision.domain.DecisionRepository;
import io.remit.platform.problem.Causes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Answers a duplicate (source, externalRef) with the decision that holds it, also when two teams log it at once.
 * Within a team the lookup under the team's lock finds the first; across teams only the unique index sees the race,
 * and its refusal (after the loser's transaction rolled back) is turned into the same 409 naming the winner.
 */
@ApplicationScoped
public class DuplicateReferences {

    private static final String UNIQUE_REFERENCE = "decision_external_ref";

    private final DecisionRepository decisions;

    DuplicateReferences(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    public <T> T refusingDuplicates(DecisionCommand command, Supplier<T> logging) {
        try {
            return logging.get();
        } catch (RuntimeException e) {
            if (command.externalRef() != null && Causes.anyMatch(e, DuplicateReferences::isUniqueReference)) {
                String existing = QuarkusTransaction.requiringNew().call(() -> decisions
                        .findByExternalRef(command.source(), command.externalRef()).map(d -> d.id).orElse(null));
                if (existing != null) {
                    throw DecisionProblems.duplicateExternalRef(command.source(), command.externalRef(), existing);
                }
            }
            throw e;
        }
    }

    private static boolean isUniqueReference(Throwable t) {
        return t instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(UNIQUE_REFERENCE);
    }
}
