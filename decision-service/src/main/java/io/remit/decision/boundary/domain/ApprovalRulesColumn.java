package io.remit.decision.boundary.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.decision.evaluation.ApprovalRules;
import io.remit.decision.evaluation.Money;
import io.remit.decision.evaluation.Risk;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import java.util.List;

/**
 * Stores a boundary version's approval rules as one JSON text, {@code [{"minBudget": {"amount", "currency"},
 * "minRisk", "irreversible", "required"}]} with absent conditions left out, readable by any SQL client; no rules are
 * stored as null, as every version written before the column existed.
 */
@Converter
public class ApprovalRulesColumn implements AttributeConverter<List<ApprovalRules.Rule>, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final TypeReference<List<StoredRule>> LIST = new TypeReference<>() {
    };

    /** The stored shape, kept apart from the rule so the column's spelling never depends on the pure record. */
    record StoredRule(StoredMoney minBudget, Risk minRisk, Boolean irreversible, int required) {
    }

    record StoredMoney(BigDecimal amount, String currency) {
    }

    @Override
    public String convertToDatabaseColumn(List<ApprovalRules.Rule> rules) {
        if (rules == null || rules.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(rules.stream().map(r -> new StoredRule(r.minBudget() == null ? null
                    : new StoredMoney(r.minBudget().plainAmount(), r.minBudget().currency()), r.minRisk(),
                    r.irreversible(), r.required())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("approval rules are plain values and always serialise", e);
        }
    }

    @Override
    public List<ApprovalRules.Rule> convertToEntityAttribute(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(text, LIST).stream().map(r -> new ApprovalRules.Rule(r.minBudget() == null ? null
                    : new Money(r.minBudget().amount(), r.minBudget().currency()), r.minRisk(), r.irreversible(),
                    r.required())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable approval rules of a boundary version: " + text, e);
        }
    }
}
