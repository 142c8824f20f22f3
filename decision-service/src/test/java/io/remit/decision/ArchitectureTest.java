package io.remit.decision;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.remit.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The features of decision-service, highest first: the authority read combines the team history with the boundaries;
 * a decision opens an escalation, an escalation is routed over the team replica, and boundaries are judged against
 * it; the stored team logs, shared values, event payloads and the pure rules sit below all of them.
 */
class ArchitectureTest {

    private static final String SERVICE = "io.remit.decision";
    private static final JavaClasses CLASSES = ArchitectureRules.productionClasses(SERVICE);

    @Test
    void shouldKeepEvaluationRulesPure() {
        ArchitectureRules.importOnlyTheJdk(SERVICE + ".evaluation..").check(CLASSES);
    }

    @Test
    void shouldKeepLedgerRulesPure() {
        ArchitectureRules.importOnlyTheJdk(SERVICE + ".ledger..").check(CLASSES);
    }

    @Test
    void shouldImportNoOtherService() {
        ArchitectureRules.serviceImportsNoOtherService(SERVICE).check(CLASSES);
    }

    @Test
    void shouldLetFeaturesDependDownwardOnly() {
        ArchitectureRules.featuresDependDownward(SERVICE, "authority", "decision", "escalation", "boundary", "team",
                        "idempotency", "teamlog", "events", "shared", "ledger", "evaluation", "config")
                .forEach(rule -> rule.check(CLASSES));
    }
}
