package io.remit.decision.shared;

import io.remit.decision.evaluation.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount of money as the API carries it. Remit never converts between currencies. */
@Schema(name = "Money")
public record MoneyBody(
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4)
        @Schema(example = "20000")
        BigDecimal amount,
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR")
        @Schema(example = "EUR")
        String currency) {

    public Money toMoney() {
        return new Money(amount, currency);
    }

    /** Null for null; the amount as the caller wrote it (20000, not 20000.0000). */
    public static MoneyBody of(Money money) {
        return money == null ? null : new MoneyBody(money.plainAmount(), money.currency());
    }
}
