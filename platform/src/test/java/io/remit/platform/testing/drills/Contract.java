package io.remit.platform.testing.drills;

import io.remit.platform.testing.contract.ContractDocument;
import io.remit.platform.testing.contract.ContractValidation;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The operations of the committed OpenAPI contract ({@code openapi.yaml} beside the module's pom). */
public final class Contract {

    public static final Path COMMITTED = ContractValidation.COMMITTED;

    private Contract() {
    }

    /** Every operation as "METHOD /path/{param}", e.g. "POST /teams/{id}/archive". */
    public static SortedSet<String> operations() {
        return ContractDocument.load(COMMITTED).operations().stream()
                .map(operation -> operation.method() + " " + operation.template())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
