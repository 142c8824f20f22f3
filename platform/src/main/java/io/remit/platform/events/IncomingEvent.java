package io.remit.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** A CloudEvent as a consumer sees it: the envelope attributes and {@code data} as JSON. */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time, JsonNode data) {
}
