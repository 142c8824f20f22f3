package io.remit.decision.decision.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.remit.decision.evaluation.Verdict;
import io.remit.decision.shared.DecisionStatus;
import io.remit.decision.escalation.domain.EscalationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, String> {

    /** The filters of GET /decisions; null means any. */
    public record Filter(String teamId, String category, Verdict verdict, DecisionStatus status,
            EscalationStatus escalationStatus, Instant from, Instant to) {
    }

    /** A decision of a page, with the characters of free text it carries (title and rationale). */
    public record PageRow(String id, long textLength) {
    }

    /**
     * The ids of up to {@code limit} decisions that match, newest first (ids are time-ordered, so the keyset is the
     * id alone), with their text sizes, so that a page can be cut by size before any long text is read.
     */
    public List<PageRow> findPageRows(Filter filter, String before, int limit) {
        Parameters parameters = new Parameters();
        String where = where(filter, before, parameters);
        var query = getEntityManager().createQuery("select d.id, length(d.content.title) + coalesce(length("
                + "d.rationale), 0) from Decision d where " + where + " order by d.id desc", Object[].class);
        parameters.map().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream()
                .map(row -> new PageRow((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    /** The decisions with these ids, newest first, read only. */
    public List<Decision> findNewestFirst(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("id in ?1 order by id desc", ids).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    private static String where(Filter filter, String before, Parameters parameters) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.teamId() != null) {
            where.append(" and d.teamId = :teamId");
            parameters.and("teamId", filter.teamId());
        }
        if (filter.category() != null) {
            where.append(" and d.content.category = :category");
            parameters.and("category", filter.category());
        }
        if (filter.verdict() != null) {
            where.append(" and d.verdict = :verdict");
            parameters.and("verdict", filter.verdict());
        }
        if (filter.status() != null) {
            where.append(" and d.status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.escalationStatus() != null) {
            where.append(" and exists (select 1 from Escalation e where e.decisionId = d.id"
                    + " and e.status = :escalationStatus)");
            parameters.and("escalationStatus", filter.escalationStatus());
        }
        if (filter.from() != null) {
            where.append(" and d.content.decidedAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and d.content.decidedAt < :to");
            parameters.and("to", filter.to());
        }
        if (before != null) {
            where.append(" and d.id < :before");
            parameters.and("before", before);
        }
        return where.toString();
    }

    public Optional<Decision> findByExternalRef(String source, String externalRef) {
        return find("source = ?1 and externalRef = ?2", source, externalRef).firstResultOptional();
    }

    /** A decision still PENDING that names this one in {@code supersedes}. */
    public Optional<Decision> findPendingSuccessorOf(String decisionId) {
        return find("supersedes = ?1 and status = ?2", decisionId, DecisionStatus.PENDING).firstResultOptional();
    }

    /** The decisions that name this one in {@code supersedes}, oldest first (the index on supersedes finds them). */
    public List<Decision> findSuccessorsOf(String decisionId) {
        return find("supersedes = ?1 order by id", decisionId).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /**
     * Up to {@code limit} of the team's decisions placed before {@code beforeSeq} in its log, latest place first, read
     * only: a backward walk of the unique (team_id, log_seq) index, as fast on the millionth entry as on the first.
     */
    public List<Decision> findLogPageBefore(String teamId, long beforeSeq, int limit) {
        return find("teamId = ?1 and logSeq < ?2 order by logSeq desc", teamId, beforeSeq)
                .withHint(HibernateHints.HINT_READ_ONLY, true).page(0, limit).list();
    }

    /** The team's decisions with fromSeq < logSeq <= toSeq, read only: nothing is kept for a dirty check. */
    public List<Decision> findLogRange(String teamId, long fromSeq, long toSeq) {
        return find("teamId = ?1 and logSeq > ?2 and logSeq <= ?3 order by logSeq", teamId, fromSeq, toSeq)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The highest place a decision holds in the team's log, 0 when it has none. */
    public long maxLogSeq(String teamId) {
        Long max = getEntityManager().createQuery("select max(d.logSeq) from Decision d where d.teamId = :teamId",
                Long.class).setParameter("teamId", teamId).getSingleResult();
        return max == null ? 0 : max;
    }
}
