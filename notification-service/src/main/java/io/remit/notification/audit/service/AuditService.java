package io.remit.notification.audit.service;

import io.remit.notification.escalation.domain.DecisionStatusChange;
import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationRoute;
import io.remit.notification.escalation.domain.EscalationVote;
import io.remit.notification.notification.domain.DeliveryAttempt;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.sla.domain.EscalationBreach;
import io.remit.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Governance's view of escalations: each with everything recorded about it, read in one transaction. */
@ApplicationScoped
@Transactional
public class AuditService {

    private final AuditQuery query;

    AuditService(AuditQuery query) {
        this.query = query;
    }

    /** Up to {@code rows} escalations matching the filter, newest first, each with its whole trail. */
    public List<EscalationTrail> list(AuditFilter filter, int rows) {
        return trailsOf(query.findRecords(filter, rows));
    }

    /**
     * A page of a list: up to {@code rows} escalations matching the filter, newest first, each with whether it missed
     * a deadline and whether it reached the root, and the count and budget sums of every escalation the filter
     * matches on all pages; read in one transaction, so the figures and the rows agree.
     */
    public AuditListing listing(AuditFilter filter, int rows) {
        List<EscalationRecord> records = query.findRecords(filter, rows);
        List<String> ids = records.stream().map(r -> r.id).toList();
        Set<String> breached = query.breachedAmong(ids);
        Set<String> reachedRoot = query.reachedRootAmong(ids);
        return new AuditListing(records.stream()
                .map(record -> new AuditRow(record, breached.contains(record.id), reachedRoot.contains(record.id)))
                .toList(), query.summarise(filter));
    }

    public EscalationTrail trail(String escalationId) {
        EscalationRecord record = query.findRecord(escalationId)
                .orElseThrow(() -> new ProblemException(404, "escalation-not-found", "Escalation not found",
                        "No escalation '" + escalationId + "' has been recorded"));
        return trailsOf(List.of(record)).get(0);
    }

    private List<EscalationTrail> trailsOf(List<EscalationRecord> records) {
        List<String> ids = records.stream().map(r -> r.id).toList();
        Map<String, List<EscalationRoute>> routes = query.routesOf(ids);
        Map<String, List<EscalationBreach>> breaches = query.breachesOf(ids);
        Map<String, List<Notification>> notifications = query.notificationsOf(ids);
        Map<String, List<DeliveryAttempt>> attempts = query.attemptsOf(ids);
        Map<String, List<EscalationVote>> votes = query.votesOf(ids);
        Map<String, List<DecisionStatusChange>> statusChanges = query.statusChangesOf(ids);
        return records.stream().map(record -> new EscalationTrail(record,
                routes.getOrDefault(record.id, List.of()),
                breaches.getOrDefault(record.id, List.of()),
                notifications.getOrDefault(record.id, List.<Notification>of()).stream()
                        .map(n -> new EscalationTrail.NotificationTrail(n, attempts.getOrDefault(n.id, List.of())))
                        .toList(),
                votes.getOrDefault(record.id, List.of()),
                statusChanges.getOrDefault(record.id, List.of())))
                .toList();
    }
}
