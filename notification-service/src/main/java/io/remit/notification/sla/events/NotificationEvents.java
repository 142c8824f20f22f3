package io.remit.notification.sla.events;

/** The topic and event types notification-service publishes; schemas under src/main/resources/schemas. */
public final class NotificationEvents {

    /** Keyed by escalation id. */
    public static final String TOPIC = "remit.notification.events.v1";

    public static final String SLA_BREACHED = "remit.escalation.sla-breached.v1";

    private NotificationEvents() {
    }
}
