package io.remit.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.remit.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The features of notification-service, highest first: the audit view reads escalations, the escalation tracker
 * arms SLA timers and plans notifications, and all of them read the team replica.
 */
class ArchitectureTest {

    private static final String SERVICE = "io.remit.notification";
    private static final JavaClasses CLASSES = ArchitectureRules.productionClasses(SERVICE);

    @Test
    void shouldImportNoOtherService() {
        ArchitectureRules.serviceImportsNoOtherService(SERVICE).check(CLASSES);
    }

    @Test
    void shouldLetFeaturesDependDownwardOnly() {
        ArchitectureRules.featuresDependDownward(SERVICE, "audit", "escalation", "sla", "notification", "team")
                .forEach(rule -> rule.check(CLASSES));
    }
}
