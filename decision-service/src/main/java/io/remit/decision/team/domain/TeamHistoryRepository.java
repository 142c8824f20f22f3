package io.remit.decision.team.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/** The kept team snapshots: written once each, read as of an instant. */
@ApplicationScoped
public class TeamHistoryRepository implements PanacheRepositoryBase<TeamHistory, TeamHistory.Key> {

    /** The version valid at the instant: the latest that began at or before it; empty before the history began. */
    public Optional<TeamHistory> findValidAt(String teamId, Instant at) {
        return getEntityManager()
                .createQuery("from TeamHistory h where h.teamId = :teamId and h.validFrom <= :at"
                        + " order by h.validFrom desc, h.version desc", TeamHistory.class)
                .setParameter("teamId", teamId)
                .setParameter("at", at)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The latest kept version, whatever its time. */
    public Optional<TeamHistory> findLatest(String teamId) {
        return getEntityManager()
                .createQuery("from TeamHistory h where h.teamId = :teamId order by h.version desc", TeamHistory.class)
                .setParameter("teamId", teamId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** When the team's history begins, or empty when none is kept. */
    public Optional<Instant> findHistoryBegins(String teamId) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select min(h.validFrom) from TeamHistory h where h.teamId = :teamId", Instant.class)
                .setParameter("teamId", teamId)
                .getSingleResult());
    }

    public List<TeamHistoryMember> findMembers(String teamId, long version) {
        return getEntityManager()
                .createQuery("from TeamHistoryMember m where m.teamId = :teamId and m.version = :version"
                        + " order by m.userId", TeamHistoryMember.class)
                .setParameter("teamId", teamId)
                .setParameter("version", version)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    public List<TeamHistoryDelegation> findDelegations(String teamId, long version) {
        return getEntityManager()
                .createQuery("from TeamHistoryDelegation d where d.teamId = :teamId and d.version = :version"
                        + " order by d.validFrom, d.delegationId", TeamHistoryDelegation.class)
                .setParameter("teamId", teamId)
                .setParameter("version", version)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** A snapshot with its members and delegations, in the caller's transaction. */
    public void keep(TeamHistory snapshot, List<TeamHistoryMember> members, List<TeamHistoryDelegation> delegations) {
        persist(snapshot);
        members.forEach(getEntityManager()::persist);
        delegations.forEach(getEntityManager()::persist);
    }
}
