package io.remit.team;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.remit.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * team-service is one feature, the registry, so its layers are what must point one way; the console's pages sit on
 * top, beside the API, and use the same services.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.productionClasses("io.remit.team");

    @Test
    void shouldImportNoOtherService() {
        ArchitectureRules.serviceImportsNoOtherService("io.remit.team").check(CLASSES);
    }

    @Test
    void shouldLetLayersDependDownwardOnly() {
        ArchitectureRules.featuresDependDownward("io.remit.team", "console", "rest", "service", "events", "domain",
                "config").forEach(rule -> rule.check(CLASSES));
    }
}
