package io.remit.decision.decision.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class DecisionActRepository implements PanacheRepositoryBase<DecisionAct, String> {

    /** The team's decision acts with fromSeq < logSeq <= toSeq, read only. */
    public List<DecisionAct> findLogRange(String teamId, long fromSeq, long toSeq) {
        return find("teamId = ?1 and logSeq > ?2 and logSeq <= ?3 order by logSeq", teamId, fromSeq, toSeq)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The acts on one decision, in log order. */
    public List<DecisionAct> findByDecision(String decisionId) {
        return find("decisionId = ?1 order by logSeq", decisionId).withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }

    /** Up to {@code limit} of the team's acts placed before {@code beforeSeq}, latest first, on the log index. */
    public List<DecisionAct> findLogPageBefore(String teamId, long beforeSeq, int limit) {
        return find("teamId = ?1 and logSeq < ?2 order by logSeq desc", teamId, beforeSeq)
                .withHint(HibernateHints.HINT_READ_ONLY, true).page(0, limit).list();
    }

    /** The highest place a decision act holds in the team's log, 0 when it has none. */
    public long maxLogSeq(String teamId) {
        Long max = getEntityManager().createQuery("select max(a.logSeq) from DecisionAct a where a.teamId = :teamId",
                Long.class).setParameter("teamId", teamId).getSingleResult();
        return max == null ? 0 : max;
    }
}
