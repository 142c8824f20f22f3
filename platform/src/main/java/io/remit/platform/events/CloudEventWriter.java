package io.remit.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Serialises an event as a CloudEvent 1.0 in structured JSON mode, with {@code data} as a JSON object. Event data
 * keeps its nulls ({@code "parentId": null}), as the event schemas and consumers know them: the API's rule of omitting
 * absent values does not apply to events.
 */
@ApplicationScoped
public class CloudEventWriter {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    private final ObjectMapper mapper;
    private final URI source;
    private final JsonFormat format = new JsonFormat();

    CloudEventWriter(ObjectMapper mapper, EventsConfig config) {
        this.mapper = mapper.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
        this.source = URI.create(config.source());
    }

    public String write(String id, String type, String subject, Instant time, Object data) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id)
                .withSource(source)
                .withType(type)
                .withSubject(subject)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(toJson(data))
                .build();
        return new String(format.serialize(event), StandardCharsets.UTF_8);
    }

    private byte[] toJson(Object data) {
        try {
            return mapper.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + data.getClass(), e);
        }
    }
}
