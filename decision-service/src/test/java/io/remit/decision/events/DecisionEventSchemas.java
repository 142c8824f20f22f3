package io.remit.decision.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.platform.testing.EventSchema;
import io.remit.platform.testing.RepositoryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JSON Schemas of the events decision-service publishes, one per event type, and their examples: tests validate
 * what they read from Kafka with {@link #forType(String)} or {@link #assertValid(String)}.
 */
public final class DecisionEventSchemas {

    public static final String DIRECTORY = "decision-service/src/main/resources/schemas";
    public static final String EXAMPLES = DIRECTORY + "/examples";

    private static final Pattern TYPE = Pattern.compile("^remit\\.[a-z0-9.-]+\\.v[0-9]+$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, EventSchema> SCHEMAS = new ConcurrentHashMap<>();

    private DecisionEventSchemas() {
    }

    /** The schema of one event type, e.g. {@code remit.decision.escalated.v1}; loaded once. */
    public static EventSchema forType(String type) {
        if (type == null || !TYPE.matcher(type).matches() || !Files.exists(directory().resolve(type + ".json"))) {
            throw new IllegalArgumentException("No schema for event type '" + type + "'; known: " + types());
        }
        return SCHEMAS.computeIfAbsent(type, t -> EventSchema.load(DIRECTORY + "/" + t + ".json"));
    }

    /** Fails with every violation when the event does not match the schema of its own {@code type}. */
    public static void assertValid(String eventJson) {
        JsonNode event = read(eventJson);
        forType(event.path("type").asText(null)).assertValid(event);
    }

    /** Every event type that has a schema. */
    public static List<String> types() {
        return list(directory()).map(file -> file.getFileName().toString().replaceFirst("\\.json$", "")).toList();
    }

    /** The example events, e.g. for a consumer to feed itself. */
    public static List<Path> examples() {
        return list(RepositoryFiles.find(EXAMPLES)).toList();
    }

    /** One example event by file name, e.g. {@code decision-escalated.json}. */
    public static String example(String fileName) {
        try {
            return Files.readString(RepositoryFiles.find(EXAMPLES + "/" + fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    private static Path directory() {
        return RepositoryFiles.find(DIRECTORY);
    }

    private static Stream<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
