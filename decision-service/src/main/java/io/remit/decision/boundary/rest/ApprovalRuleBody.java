package io.remit.decision.boundary.rest;

import io.remit.decision.evaluation.ApprovalRules;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.shared.MoneyBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApprovalRule", description = "How many distinct approvers an escalation targeting this team needs "
        + "for a decision the rule matches: every condition it states must hold (none: it always matches); the "
        + "highest required of the matching rules counts, 1 when none matches")
public record ApprovalRuleBody(
        @Valid
        @Schema(description = "Matches a budget of at least this (inclusive), in the boundary's currency")
        MoneyBody minBudget,
        @Schema(description = "Matches a risk of at least this (inclusive)", example = "HIGH")
        Risk minRisk,
        @Schema(description = "true: matches irreversible decisions; false: reversible ones; absent: either")
        Boolean irreversible,
        @NotNull @Min(ApprovalRules.MIN_REQUIRED) @Max(ApprovalRules.MAX_REQUIRED)
        @Schema(description = "Distinct approvers needed", minimum = "1", maximum = "10", example = "2")
        Integer required) {

    ApprovalRules.Rule toRule() {
        return new ApprovalRules.Rule(minBudget == null ? null : minBudget.toMoney(), minRisk, irreversible,
                required);
    }

    static ApprovalRuleBody of(ApprovalRules.Rule rule) {
        return new ApprovalRuleBody(MoneyBody.of(rule.minBudget()), rule.minRisk(), rule.irreversible(),
                rule.required());
    }

    /** Null for none, so a version without rules shows no approvals field. */
    static List<ApprovalRuleBody> listOf(List<ApprovalRules.Rule> rules) {
        return rules.isEmpty() ? null : rules.stream().map(ApprovalRuleBody::of).toList();
    }
}
