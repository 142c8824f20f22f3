package io.remit.decision.events;

import io.remit.decision.evaluation.Money;
import java.math.BigDecimal;

/**
 * An amount of money as the events carry it ({@code {"amount", "currency"}}, as their schemas define it). The
 * events' own type, so the API's money can change its validation or documentation without touching an event schema.
 */
public record EventMoney(BigDecimal amount, String currency) {

    /** Null for null; the amount as the decision or boundary was written (20000, not 20000.0000). */
    public static EventMoney of(Money money) {
        return money == null ? null : new EventMoney(money.plainAmount(), money.currency());
    }
}
