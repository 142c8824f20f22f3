package io.remit.notification.escalation.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Keeps a level's skipped teams as one JSON array in its route row, so an audit page reads them with its routes
 * instead of one more query per level. Null stays null: the event did not say.
 */
@Converter
public class SkippedTeamsConverter implements AttributeConverter<List<SkippedTeam>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<SkippedTeam>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<SkippedTeam> skipped) {
        try {
            return skipped == null ? null : JSON.writeValueAsString(skipped);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Skipped teams could not be written as JSON", e);
        }
    }

    @Override
    public List<SkippedTeam> convertToEntityAttribute(String json) {
        try {
            return json == null ? null : List.copyOf(JSON.readValue(json, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Skipped teams stored in a form this version cannot read", e);
        }
    }
}
