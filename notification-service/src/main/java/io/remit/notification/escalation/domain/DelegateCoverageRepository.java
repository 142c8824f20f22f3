package io.remit.notification.escalation.domain;

import io.remit.notification.notification.domain.Channel;
import io.remit.notification.notification.domain.NotificationKind;
import io.remit.notification.team.domain.ReplicaMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finds open escalations a delegate in force has not been shown yet: the escalation's current level was told to the
 * delegation's team, its category is covered, the delegator is a LEAD there, the delegate is not (a lead hears as a
 * lead) and has no ESCALATED inbox notification of that level.
 */
@ApplicationScoped
public class DelegateCoverageRepository {

    private static final String UNCOVERED = "select distinct r.id from EscalationRecord r, EscalationRoute route, "
            + "ReplicaDelegation d where route.escalationId = r.id and route.level = r.level and r.resolvedAt is null "
            + "and r.withdrawnAt is null "
            + "and d.teamId = route.notifiedTeamId and d.validFrom <= :now and d.validUntil > :now "
            + "and (d.categories = '' or concat(',', d.categories, ',') like concat('%,', r.category, ',%')) "
            + "and exists (select 1 from ReplicaMember m where m.teamId = d.teamId and m.userId = d.delegator "
            + "and m.role = :lead) "
            + "and not exists (select 1 from ReplicaMember l where l.teamId = d.teamId and l.userId = d.delegate "
            + "and l.role = :lead) "
            + "and not exists (select 1 from Notification n where n.escalationId = r.id and n.level = r.level "
            + "and n.recipient = d.delegate and n.channel = :inbox and n.kind = :escalated)";

    private final EntityManager entityManager;

    DelegateCoverageRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code rows} such escalations, oldest id first, so every one is reached in turn. */
    public List<String> findUncovered(Instant now, int rows) {
        return query(UNCOVERED + " order by r.id", now).setMaxResults(rows).getResultList();
    }

    /** Such escalations whose current level was told to one team, oldest id first (the order rows are locked in). */
    public List<String> findUncoveredAt(String teamId, Instant now) {
        return query(UNCOVERED + " and route.notifiedTeamId = :team order by r.id", now)
                .setParameter("team", teamId).getResultList();
    }

    /**
     * The escalation, its row locked until the transaction ends, read afresh: whoever writes its notifications
     * (routing, another replica's catch-up) waits, so a notice is never written twice.
     */
    public Optional<EscalationRecord> lock(String escalationId) {
        return Optional.ofNullable(
                entityManager.find(EscalationRecord.class, escalationId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<EscalationRoute> findRoute(String escalationId, int level) {
        EscalationRoute.Key key = new EscalationRoute.Key();
        key.escalationId = escalationId;
        key.level = level;
        return Optional.ofNullable(entityManager.find(EscalationRoute.class, key));
    }

    private TypedQuery<String> query(String jpql, Instant now) {
        return entityManager.createQuery(jpql, String.class)
                .setParameter("now", now)
                .setParameter("lead", ReplicaMember.LEAD)
                .setParameter("inbox", Channel.INBOX)
                .setParameter("escalated", NotificationKind.ESCALATED);
    }
}
