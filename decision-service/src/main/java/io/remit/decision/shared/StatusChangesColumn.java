package io.remit.decision.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Stores status changes as one line each, {@code <decisionId> <STATUS>}; no changes is a null column. */
@Converter
public class StatusChangesColumn implements AttributeConverter<List<StatusChange>, String> {

    @Override
    public String convertToDatabaseColumn(List<StatusChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        return String.join("\n", changes.stream().map(c -> c.decisionId() + " " + c.status().name()).toList());
    }

    @Override
    public List<StatusChange> convertToEntityAttribute(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(line -> {
            int space = line.indexOf(' ');
            return new StatusChange(line.substring(0, space), DecisionStatus.valueOf(line.substring(space + 1)));
        }).toList();
    }
}
