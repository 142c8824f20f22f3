package io.remit.decision.escalation.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class EscalationRepository implements PanacheRepositoryBase<Escalation, String> {

    /** Newest first: ids are time-ordered, so the keyset is the id alone. */
    public List<Escalation> findPage(String targetTeamId, EscalationStatus status, String before, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (targetTeamId != null) {
            query.append(" and targetTeamId = :target");
            parameters.and("target", targetTeamId);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (before != null) {
            query.append(" and id < :before");
            parameters.and("before", before);
        }
        return find(query + " order by id desc", parameters).page(0, limit).list();
    }

    public Optional<Escalation> findByDecision(String decisionId) {
        return find("decisionId", decisionId).firstResultOptional();
    }

    /** The escalations of these decisions, read only; a decision has at most one. */
    public List<Escalation> findByDecisions(List<String> decisionIds) {
        if (decisionIds.isEmpty()) {
            return List.of();
        }
        return find("decisionId in ?1", decisionIds).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    public List<EscalationStep> findHistory(String escalationId) {
        return getEntityManager()
                .createQuery("from EscalationStep s where s.escalationId = :id order by s.logSeq", EscalationStep.class)
                .setParameter("id", escalationId)
                .getResultList();
    }

    /** The team's escalation steps with fromSeq < logSeq <= toSeq, read only. */
    public List<EscalationStep> findLogStepsRange(String teamId, long fromSeq, long toSeq) {
        return getEntityManager()
                .createQuery("from EscalationStep s where s.teamId = :teamId and s.logSeq > :from and s.logSeq <= :to"
                        + " order by s.logSeq", EscalationStep.class)
                .setParameter("teamId", teamId)
                .setParameter("from", fromSeq)
                .setParameter("to", toSeq)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** Up to {@code limit} of the team's escalation steps placed before {@code beforeSeq}, latest first, read only. */
    public List<EscalationStep> findLogStepsBefore(String teamId, long beforeSeq, int limit) {
        return getEntityManager()
                .createQuery("from EscalationStep s where s.teamId = :teamId and s.logSeq < :before"
                        + " order by s.logSeq desc", EscalationStep.class)
                .setParameter("teamId", teamId)
                .setParameter("before", beforeSeq)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The escalations with these ids, read only. */
    public List<Escalation> findAllOf(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("id in ?1", ids).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The highest place an escalation step holds in the team's log, 0 when it has none. */
    public long maxLogSeq(String teamId) {
        Long max = getEntityManager()
                .createQuery("select max(s.logSeq) from EscalationStep s where s.teamId = :teamId", Long.class)
                .setParameter("teamId", teamId).getSingleResult();
        return max == null ? 0 : max;
    }

    /** The votes counted at the level, fresh and carried, in the order they were written. */
    public List<EscalationVote> findVotes(String escalationId, int level) {
        return getEntityManager().createQuery("from EscalationVote v where v.escalationId = :id and v.level = :level"
                        + " order by v.id", EscalationVote.class)
                .setParameter("id", escalationId).setParameter("level", level).getResultList();
    }
}
