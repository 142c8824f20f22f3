package io.remit.notification.audit.service;

import java.util.List;

/**
 * One page of an audit list and the population it is taken from.
 *
 * @param rows    the page's escalations, newest first
 * @param summary every escalation the filter matches, on all pages together
 */
public record AuditListing(List<AuditRow> rows, AuditSummary summary) {
}
