package io.remit.notification.audit.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened at one point of an escalation's timeline; entries at the same instant sort in this order. */
@Schema(name = "AuditTimelineStep", description = "What happened: the escalation was opened, routed to a level, a "
        + "notification written, a delivery tried, a notification read, the escalation acknowledged, a vote cast, a "
        + "deadline passed, the escalation resolved, the escalation withdrawn (its decision withdrawn or superseded), "
        + "the decision's status changed")
public enum TimelineStep {
    OPENED, ROUTED, NOTIFIED, DELIVERY_ATTEMPT, READ, ACKNOWLEDGED, VOTED, BREACHED, RESOLVED, WITHDRAWN,
    DECISION_STATUS_CHANGED
}
