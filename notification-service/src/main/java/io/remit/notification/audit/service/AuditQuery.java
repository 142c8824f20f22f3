package io.remit.notification.audit.service;

import io.remit.notification.escalation.domain.DecisionStatusChange;
import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationRoute;
import io.remit.notification.escalation.domain.EscalationVote;
import io.remit.notification.notification.domain.DeliveryAttempt;
import io.remit.notification.notification.domain.Notification;
import io.remit.notification.sla.domain.EscalationBreach;
import io.remit.notification.team.service.TeamDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit's reads: a keyset page of escalation records (newest id first, ids are time-ordered UUIDv7s), the count
 * and budget sums of all records a filter matches, and the routes, breaches, notifications, delivery attempts, votes
 * and decision status changes of a set of escalations, one query each.
 */
@ApplicationScoped
public class AuditQuery {

    private final EntityManager entityManager;
    private final TeamDirectory directory;

    AuditQuery(EntityManager entityManager, TeamDirectory directory) {
        this.entityManager = entityManager;
        this.directory = directory;
    }

    /** Up to {@code rows} records matching the filter, newest first. */
    public List<EscalationRecord> findRecords(AuditFilter filter, int rows) {
        AuditCriteria criteria = criteriaOf(filter).after(filter.after());
        TypedQuery<EscalationRecord> query = entityManager.createQuery(
                "select r from EscalationRecord r where " + criteria.where() + " order by r.id desc",
                EscalationRecord.class);
        criteria.bind(query);
        return query.setMaxResults(rows).getResultList();
    }

    /**
     * How many records match the filter, on every page, and their budgets summed per currency: one aggregate query,
     * so the database counts and adds without sending a row.
     */
    public AuditSummary summarise(AuditFilter filter) {
        AuditCriteria criteria = criteriaOf(filter.withoutKeyset());
        TypedQuery<Object[]> query = entityManager.createQuery("select r.budgetCurrency, count(r),"
                + " sum(r.budgetAmount) from EscalationRecord r where " + criteria.where()
                + " group by r.budgetCurrency order by r.budgetCurrency", Object[].class);
        criteria.bind(query);
        return AuditSummary.of(query.getResultStream().map(group -> new AuditSummary.CurrencyTotal(
                (String) group[0], ((Number) group[1]).longValue(), (BigDecimal) group[2])).toList());
    }

    /** Those of these escalations that missed at least one deadline. */
    public Set<String> breachedAmong(Collection<String> escalationIds) {
        return idsAmong(escalationIds,
                "select distinct b.escalationId from EscalationBreach b where b.escalationId in :ids");
    }

    /** Those of these escalations routed, at some level, to a root of the replica's tree. */
    public Set<String> reachedRootAmong(Collection<String> escalationIds) {
        return idsAmong(escalationIds, "select distinct route.escalationId from EscalationRoute route, ReplicaTeam t"
                + " where route.escalationId in :ids and t.id = route.targetTeamId and t.parentId is null");
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

    /** The conditions of a filter, its team scope resolved to team ids from the replica. */
    private AuditCriteria criteriaOf(AuditFilter filter) {
        AuditFilter.TeamScope scope = filter.team();
        Set<String> teamIds = scope == null ? Set.of()
                : scope.subtree() ? directory.subtreeOf(scope.teamId()) : Set.of(scope.teamId());
        return AuditCriteria.of(filter, teamIds);
    }

    private Set<String> idsAmong(Collection<String> ids, String jpql) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(entityManager.createQuery(jpql, String.class).setParameter("ids", ids).getResultList());
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
