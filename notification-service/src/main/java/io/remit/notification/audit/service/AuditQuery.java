package io.remit.notification.audit.service;

import io.remit.notification.escalation.domain.DecisionStatusChange;
import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationRoute;
import io.remit.notification.escalation.domain.EscalationVote;
import io.remit.notification.notification.domain.DeliveryAttempt;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.sla.domain.EscalationBreach;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit's reads: a keyset page of escalation records (newest id first, ids are time-ordered UUIDv7s), and the
 * routes, breaches, notifications, delivery attempts, votes and decision status changes of a set of escalations, one
 * query each.
 */
@ApplicationScoped
public class AuditQuery {

    private final EntityManager entityManager;

    AuditQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code rows} records matching the filter, newest first. */
    public List<EscalationRecord> findRecords(AuditFilter filter, int rows) {
        StringBuilder jpql = new StringBuilder("select r from EscalationRecord r where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.from() != null) {
            jpql.append(" and r.openedAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and r.openedAt < :to");
            parameters.put("to", filter.to());
        }
        if (filter.teamId() != null) {
            jpql.append(" and (r.teamId = :team or exists (select 1 from EscalationRoute route"
                    + " where route.escalationId = r.id and route.targetTeamId = :team))");
            parameters.put("team", filter.teamId());
        }
        if (filter.status() != null) {
            jpql.append(" and r.status = :status");
            parameters.put("status", filter.status());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            jpql.append(" and r.resolvedAt is null and r.withdrawnAt is null and r.dueAt < :now");
            parameters.put("now", filter.now());
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            jpql.append(" and (r.resolvedAt is not null or r.withdrawnAt is not null or r.dueAt >= :now)");
            parameters.put("now", filter.now());
        }
        if (filter.after() != null) {
            jpql.append(" and r.id < :after");
            parameters.put("after", filter.after());
        }
        TypedQuery<EscalationRecord> query =
                entityManager.createQuery(jpql.append(" order by r.id desc").toString(), EscalationRecord.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(rows).getResultList();
    }

    public Optional<EscalationRecord> findRecord(String id) {
        return Optional.ofNullable(entityManager.find(EscalationRecord.class, id));
    }

    /** The routes of each escalation, by level. */
    public Map<String, List<EscalationRoute>> routesOf(Collection<String> escalationIds) {
        return byKey(escalationIds,
                "from EscalationRoute x where x.escalationId in :ids order by x.escalationId, x.level",
                EscalationRoute.class, route -> route.escalationId);
    }

    /** The breaches of each escalation, oldest first. */
    public Map<String, List<EscalationBreach>> breachesOf(Collection<String> escalationIds) {
        return byKey(escalationIds,
                "from EscalationBreach x where x.escalationId in :ids order by x.escalationId, x.breachedAt, x.id",
                EscalationBreach.class, breach -> breach.escalationId);
    }

    /** The notifications about each escalation, oldest first (their ids are time-ordered). */
    public Map<String, List<Notification>> notificationsOf(Collection<String> escalationIds) {
        return byKey(escalationIds, "from Notification x where x.escalationId in :ids order by x.escalationId, x.id",
                Notification.class, notification -> notification.escalationId);
    }

    /** The votes on each escalation, in the order they were cast (ids are time-ordered). */
    public Map<String, List<EscalationVote>> votesOf(Collection<String> escalationIds) {
        return byKey(escalationIds,
                "from EscalationVote x where x.escalationId in :ids order by x.escalationId, x.votedAt, x.id",
                EscalationVote.class, vote -> vote.escalationId);
    }

    /** The status changes of each escalation's decision, oldest first. */
    public Map<String, List<DecisionStatusChange>> statusChangesOf(Collection<String> escalationIds) {
        return byKey(escalationIds, "from DecisionStatusChange x where x.escalationId in :ids "
                        + "order by x.escalationId, x.changedAt, x.eventId",
                DecisionStatusChange.class, change -> change.escalationId);
    }

    /** The delivery attempts of every notification about these escalations, by notification id, in order. */
    public Map<String, List<DeliveryAttempt>> attemptsOf(Collection<String> escalationIds) {
        return byKey(escalationIds, "from DeliveryAttempt x where x.notificationId in "
                        + "(select n.id from Notification n where n.escalationId in :ids) "
                        + "order by x.notificationId, x.attempt",
                DeliveryAttempt.class, attempt -> attempt.notificationId);
    }

    private <T> Map<String, List<T>> byKey(Collection<String> ids, String jpql, Class<T> type,
            Function<T, String> keyOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery(jpql, type).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(keyOf, LinkedHashMap::new, Collectors.toList()));
    }
}
