package io.remit.decision.decision.console;

import io.remit.decision.decision.service.TeamLogReading;
import io.remit.decision.ledger.ChainVerification;

/**
 * What a team's log page shows: one page of entries, latest first, with the link to the next ({@code next}, null on
 * the last), and the chain's verification when this view ran it (null when the log is longer than {@code verifyUpTo}
 * and the viewer did not ask for it, or on a later page).
 */
public record TeamLogPage(TeamLogReading.Page log, ChainVerification verification, long verifyUpTo, String next) {
}
