package io.remit.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Collectors;

/** A producer's JSON Schema for its events, read from the repository, that tests check events against. */
public final class EventSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;
    private final JsonSchema schema;

    private EventSchema(String name, JsonSchema schema) {
        this.name = name;
        this.schema = schema;
    }

    /** @param pathFromRoot e.g. {@code team-service/src/main/resources/schemas/team-event.v1.json} */
    public static EventSchema load(String pathFromRoot) {
        try {
            String text = Files.readString(RepositoryFiles.find(pathFromRoot));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return new EventSchema(pathFromRoot,
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with every violation when the event does not match the schema. */
    public void assertValid(String eventJson) {
        try {
            assertValid(MAPPER.readTree(eventJson));
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + eventJson, e);
        }
    }

    public void assertValid(JsonNode event) {
        Set<ValidationMessage> errors = schema.validate(event);
        if (!errors.isEmpty()) {
            throw new AssertionError("Event does not match " + name + ": "
                    + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; "))
                    + "\n" + event.toPrettyString());
        }
    }
}
