package io.remit.decision.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} {1} displays as \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            50000    | EUR | 50000 EUR
            12.50    | EUR | 12.5 EUR
            5E+4     | EUR | 50000 EUR
            1000.000 | USD | 1000 USD
            0.00     | CHF | 0 CHF
            """)
    void shouldDisplayAmountWithoutTrailingZerosOrExponent(String amount, String currency, String expected) {
        assertThat(Money.of(amount, currency).display()).isEqualTo(expected);
    }

    @Test
    void shouldTreatAmountsOfDifferentScaleAsTheSameMoney() {
        Money plain = new Money(new BigDecimal("50000"), "EUR");
        Money scaled = new Money(new BigDecimal("50000.00"), "EUR");

        assertThat(plain).isEqualTo(scaled).hasSameHashCodeAs(scaled);
        assertThat(plain).isNotEqualTo(new Money(new BigDecimal("50000"), "USD"));
    }

    @ParameterizedTest(name = "{0} exceeds {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            20000.01 EUR | 20000 EUR    | true
            20000.00 EUR | 20000 EUR    | false
            19999 EUR    | 20000.00 EUR | false
            """)
    void shouldRankAmountsByValueNotScale(String amount, String limit, boolean expected) {
        assertThat(Fixtures.money(amount).exceeds(Fixtures.money(limit))).isEqualTo(expected);
    }

    @Test
    void shouldRefuseToRankAmountsInDifferentCurrencies() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of("1", "USD").exceeds(Money.of("2", "EUR")));
    }

    @ParameterizedTest(name = "currency \"{0}\" is refused")
    @ValueSource(strings = {"eur", "EURO", "E1R", "", "EU"})
    void shouldRefuseCurrencyThatIsNotAThreeLetterCode(String currency) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", currency));
    }
}
