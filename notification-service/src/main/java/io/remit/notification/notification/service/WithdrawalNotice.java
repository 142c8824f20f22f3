package io.remit.notification.notification.service;

/**
 * Why an escalation ended WITHDRAWN, as its withdrawal notices say it.
 *
 * @param reason       the withdrawal's reason, or "superseded by …"
 * @param supersededBy the successor decision's id when the decision was superseded; null otherwise
 */
public record WithdrawalNotice(String reason, String supersededBy) {
}
