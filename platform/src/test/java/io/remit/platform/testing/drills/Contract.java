package io.remit.platform.testing.drills;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** The operations of the committed OpenAPI contract ({@code openapi.yaml} beside the module's pom). */
public final class Contract {

    public static final Path COMMITTED = Path.of("openapi.yaml");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private Contract() {
    }

    /** Every operation as "METHOD /path/{param}", e.g. "POST /teams/{id}/archive". */
    public static SortedSet<String> operations() {
        try {
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(COMMITTED.toFile()).path("paths");
            SortedSet<String> operations = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        operations.add(method.toUpperCase() + " " + path.getKey());
                    }
                });
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMITTED.toAbsolutePath(), e);
        }
    }
}
