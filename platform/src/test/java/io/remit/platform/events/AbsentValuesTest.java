package io.remit.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.platform.json.StrictJsonCustomizer;
import io.remit.platform.paging.Page;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Absent values: an API body omits them, a page's {@code next} is always there (null on the last page), and event
 * data keeps its nulls as the event schemas describe them.
 */
class AbsentValuesTest {

    record Contacts(String email, String webhookUrl) {
    }

    private final ObjectMapper mapper = customized();

    @Test
    void shouldOmitAbsentValuesFromApiBodies() throws Exception {
        assertEquals("{\"email\":\"leads@example.org\"}",
                mapper.writeValueAsString(new Contacts("leads@example.org", null)));
    }

    @Test
    void shouldAlwaysWriteTheNextPage() throws Exception {
        assertEquals("{\"items\":[],\"next\":null}", mapper.writeValueAsString(new Page<>(List.of(), null)));
    }

    @Test
    void shouldKeepNullsInEventData() {
        CloudEventWriter writer = new CloudEventWriter(mapper, () -> "/remit/test");
        String event = writer.write("e-1", "remit.test.v1", "s-1", Instant.parse("2026-12-01T00:00:00Z"),
                new Contacts("leads@example.org", null));
        assertTrue(event.contains("\"data\":{\"email\":\"leads@example.org\",\"webhookUrl\":null}"), event);
    }

    private static ObjectMapper customized() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }
}
