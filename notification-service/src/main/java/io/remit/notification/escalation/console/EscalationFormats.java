package io.remit.notification.escalation.console;

import io.quarkus.qute.TemplateExtension;
import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationStatus;
import java.util.Locale;

/** How console templates write an escalation's values: its status as a badge of the shared stylesheet, its budget. */
@TemplateExtension
public final class EscalationFormats {

    private EscalationFormats() {
    }

    /** E.g. "badge badge-acknowledged", a class of the shared stylesheet. */
    public static String badge(EscalationStatus status) {
        return "badge badge-" + status.name().toLowerCase(Locale.ROOT);
    }

    /** E.g. "50000 EUR", without the stored scale's trailing zeros; "none" for a decision that spends nothing. */
    public static String budget(EscalationRecord record) {
        return record.budgetAmount == null ? "none"
                : record.budgetAmount.stripTrailingZeros().toPlainString() + " " + record.budgetCurrency;
    }
}
