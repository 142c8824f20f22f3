package io.remit.decision.evaluation;

/**
 * Remit never converts currencies: comparing amounts in two currencies would need an exchange rate
 * nobody agreed on, so the request is refused instead (callers answer 422).
 *
 * @see #teamId() the team whose boundary fixes the expected currency
 */
public final class CurrencyMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String teamId;
    private final String expected;
    private final String actual;

    public CurrencyMismatchException(String teamId, String expected, String actual) {
        super("currency " + actual + " differs from " + expected + " used by the boundary of team '" + teamId + "'");
        this.teamId = teamId;
        this.expected = expected;
        this.actual = actual;
    }

    public String teamId() {
        return teamId;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
