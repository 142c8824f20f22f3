package io.remit.decision.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in one currency. Equality ignores the scale of the amount: 50000 EUR and 50000.00 EUR
 * are the same money, whatever the database or the JSON handed us.
 */
public record Money(BigDecimal amount, String currency) {

    private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!ISO_CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be a 3-letter ISO 4217 code, was '" + currency + "'");
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** The amount without trailing zeros, as people write it (20000, not 20000.0000), whatever scale it was read at. */
    public BigDecimal plainAmount() {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean hasSameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    /** Only meaningful within one currency: Remit never converts, so a mismatch is the caller's bug. */
    public boolean exceeds(Money other) {
        if (!hasSameCurrencyAs(other)) {
            throw new IllegalArgumentException("cannot compare " + display() + " with " + other.display());
        }
        return amount.compareTo(other.amount) > 0;
    }

    public String display() {
        return amount.stripTrailingZeros().toPlainString() + " " + currency;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return display();
    }
}
