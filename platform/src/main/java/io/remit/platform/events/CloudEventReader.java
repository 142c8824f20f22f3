package io.remit.platform.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/**
 * Reads structured-mode CloudEvents and their data. Unknown fields in {@code data} are ignored, so producers can add
 * fields without breaking consumers; anything unreadable is a {@link PoisonEventException}.
 */
@ApplicationScoped
public class CloudEventReader {

    private final JsonFormat format = new JsonFormat();
    private final ObjectMapper mapper;

    CloudEventReader(ObjectMapper mapper) {
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public IncomingEvent read(String message) {
        if (message == null) {
            throw new PoisonEventException("empty message");
        }
        try {
            CloudEvent event = format.deserialize(message.getBytes(StandardCharsets.UTF_8));
            if (event.getData() == null) {
                throw new PoisonEventException("CloudEvent " + event.getId() + " has no data");
            }
            JsonNode data = mapper.readTree(event.getData().toBytes());
            return new IncomingEvent(event.getId(), event.getType(), event.getSource().toString(), event.getSubject(),
                    event.getTime(), data);
        } catch (PoisonEventException e) {
            throw e;
        } catch (Exception e) {
            throw new PoisonEventException("not a readable CloudEvent: " + e.getMessage(), e);
        }
    }

    /** The event's data as the given type; fields the type does not know are ignored. */
    public <T> T dataAs(IncomingEvent event, Class<T> type) {
        try {
            ObjectReader reader = mapper.readerFor(type);
            return reader.readValue(event.data());
        } catch (Exception e) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has invalid data: " + e.getMessage(), e);
        }
    }
}
