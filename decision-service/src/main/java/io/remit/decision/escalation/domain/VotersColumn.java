package io.remit.decision.escalation.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** The voters a move up carried or dropped, as a JSON array of user ids; null when the step names none. */
@Converter
public class VotersColumn implements AttributeConverter<List<String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<String> voters) {
        if (voters == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(voters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("user ids always serialise", e);
        }
    }

    @Override
    public List<String> convertToEntityAttribute(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return List.copyOf(JSON.readValue(text, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable voters of an escalation step: " + text, e);
        }
    }
}
