package io.remit.platform;

import io.remit.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void shouldImportNoService() {
        ArchitectureRules.platformImportsNoService()
                .check(ArchitectureRules.productionClasses("io.remit.platform"));
    }
}
