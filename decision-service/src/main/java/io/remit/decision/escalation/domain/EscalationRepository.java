package io.remit.decision.escalation.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

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

    public List<EscalationStep> findHistory(String escalationId) {
        return getEntityManager()
                .createQuery("from EscalationStep s where s.escalationId = :id order by s.logSeq", EscalationStep.class)
                .setParameter("id", escalationId)
                .getResultList();
    }

    public List<EscalationStep> findLogSteps(String teamId) {
        return getEntityManager()
                .createQuery("from EscalationStep s where s.teamId = :teamId order by s.logSeq", EscalationStep.class)
                .setParameter("teamId", teamId)
                .getResultList();
    }
}
