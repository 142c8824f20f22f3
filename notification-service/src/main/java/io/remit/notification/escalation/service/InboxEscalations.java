package io.remit.notification.escalation.service;

import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationStatus;
import io.remit.notification.notification.domain.Channel;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.notification.domain.NotificationKind;
import io.remit.notification.team.service.TeamDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which open escalations (OPEN or ACKNOWLEDGED) wait for a user: those whose current target team the user leads, or
 * where the user is an active delegate for the escalation's category (judged now, from the replica, as notifications
 * judge it), and those whose current level told the user in their inbox (a fallback team's lead, say).
 */
@ApplicationScoped
@Transactional
public class InboxEscalations {

    private static final List<EscalationStatus> OPEN = List.of(EscalationStatus.OPEN, EscalationStatus.ACKNOWLEDGED);
    private static final Comparator<Inbox.Item> OVERDUE_FIRST_THEN_DUE = Comparator
            .comparing((Inbox.Item item) -> !item.overdue())
            .thenComparing(item -> item.escalation().dueAt)
            .thenComparing(item -> item.escalation().id);

    private final EntityManager entityManager;
    private final TeamDirectory directory;

    InboxEscalations(EntityManager entityManager, TeamDirectory directory) {
        this.entityManager = entityManager;
        this.directory = directory;
    }

    public Inbox of(String userId, Instant now) {
        Map<String, EscalationRecord> records = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        for (EscalationRecord record : openTargeting(directory.teamsLedBy(userId))) {
            add(records, roles, record, "lead of " + record.targetTeamId);
        }
        Map<String, TeamDirectory.Standing> standings = new LinkedHashMap<>();
        directory.standingsOf(userId, now).forEach(standing -> standings.put(standing.teamId(), standing));
        for (EscalationRecord record : openTargeting(List.copyOf(standings.keySet()))) {
            standings.get(record.targetTeamId).onBehalfOf(record.category).ifPresent(lead -> add(records, roles,
                    record, "delegate of " + lead + " in " + record.targetTeamId));
        }
        for (Object[] told : toldAtCurrentLevel(userId)) {
            EscalationRecord record = (EscalationRecord) told[0];
            add(records, roles, record, roleOf((Notification) told[1], record));
        }
        List<Inbox.Item> items = new ArrayList<>();
        records.forEach((id, record) -> items.add(new Inbox.Item(record, List.copyOf(roles.get(id)),
                record.dueAt.isBefore(now))));
        items.sort(OVERDUE_FIRST_THEN_DUE);
        return new Inbox(items);
    }

    private static void add(Map<String, EscalationRecord> records, Map<String, Set<String>> roles,
            EscalationRecord record, String role) {
        records.putIfAbsent(record.id, record);
        roles.computeIfAbsent(record.id, id -> new LinkedHashSet<>()).add(role);
    }

    /** The role a notification told the user in, as the team told (the target itself, or a fallback above it). */
    private static String roleOf(Notification told, EscalationRecord record) {
        String role = told.onBehalfOf == null ? "lead of " + told.teamId
                : "delegate of " + told.onBehalfOf + " in " + told.teamId;
        return told.fallback ? role + " (fallback for " + record.targetTeamId + ")" : role;
    }

    private List<EscalationRecord> openTargeting(List<String> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select r from EscalationRecord r where r.status in :open "
                        + "and r.targetTeamId in :teams", EscalationRecord.class)
                .setParameter("open", OPEN)
                .setParameter("teams", teamIds)
                .getResultList();
    }

    /** Each open escalation with the inbox notices its current level sent the user, oldest notice first. */
    private List<Object[]> toldAtCurrentLevel(String userId) {
        return entityManager.createQuery("select r, n from EscalationRecord r, Notification n "
                        + "where n.escalationId = r.id and n.level = r.level and r.status in :open "
                        + "and n.channel = :inbox and n.recipient = :user and n.kind in :asked order by n.id",
                        Object[].class)
                .setParameter("open", OPEN)
                .setParameter("inbox", Channel.INBOX)
                .setParameter("user", userId)
                .setParameter("asked", List.of(NotificationKind.ESCALATED, NotificationKind.REMINDER))
                .getResultList();
    }
}
