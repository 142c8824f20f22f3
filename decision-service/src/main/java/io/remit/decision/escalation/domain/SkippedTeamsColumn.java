package io.remit.decision.escalation.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.decision.evaluation.SkippedTeam;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Stores the teams a routing level passed over as one JSON text, {@code [{"teamId","reason","detail"}]}, readable by
 * any SQL client; no skips (and every step that routes nothing) is stored as null. The hash does not read this text
 * but the values parsed from it, so how the JSON is spelled never matters to the chain.
 */
@Converter
public class SkippedTeamsColumn implements AttributeConverter<List<SkippedTeam>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<SkippedTeam>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<SkippedTeam> skipped) {
        if (skipped == null || skipped.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(skipped);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("skipped teams are plain values and always serialise", e);
        }
    }

    @Override
    public List<SkippedTeam> convertToEntityAttribute(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(text, LIST));
        } catch (JsonProcessingException e) {
            // A step the chain cannot read back must not pass for one without skips: verification would then
            // report the wrong entry, or none at all.
            throw new IllegalStateException("unreadable skipped teams of an escalation step: " + text, e);
        }
    }
}
