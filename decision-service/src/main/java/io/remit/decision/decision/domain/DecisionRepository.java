package io.remit.decision.decision.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.remit.decision.evaluation.Verdict;
import io.remit.decision.escalation.domain.EscalationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, String> {

    /** The filters of GET /decisions; null means any. */
    public record Filter(String teamId, String category, Verdict verdict, EscalationStatus status, Instant from,
            Instant to) {
    }

    /** Newest first: ids are time-ordered, so the keyset is the id alone. */
    public List<Decision> findPage(Filter filter, String before, int limit) {
        StringBuilder query = new StringBuilder("from Decision d where 1 = 1");
        Parameters parameters = new Parameters();
        if (filter.teamId() != null) {
            query.append(" and d.teamId = :teamId");
            parameters.and("teamId", filter.teamId());
        }
        if (filter.category() != null) {
            query.append(" and d.content.category = :category");
            parameters.and("category", filter.category());
        }
        if (filter.verdict() != null) {
            query.append(" and d.verdict = :verdict");
            parameters.and("verdict", filter.verdict());
        }
        if (filter.status() != null) {
            query.append(" and exists (select 1 from Escalation e where e.decisionId = d.id and e.status = :status)");
            parameters.and("status", filter.status());
        }
        if (filter.from() != null) {
            query.append(" and d.content.decidedAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and d.content.decidedAt < :to");
            parameters.and("to", filter.to());
        }
        if (before != null) {
            query.append(" and d.id < :before");
            parameters.and("before", before);
        }
        return find(query + " order by d.id desc", parameters).page(0, limit).list();
    }

    public Optional<Decision> findByExternalRef(String source, String externalRef) {
        return find("source = ?1 and externalRef = ?2", source, externalRef).firstResultOptional();
    }

    public List<Decision> findLog(String teamId) {
        return list("teamId = ?1 order by logSeq", teamId);
    }
}
