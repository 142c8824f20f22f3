package io.remit.team.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, Membership.Key> {

    public Optional<Membership> findMembership(String teamId, String userId) {
        return findByIdOptional(new Membership.Key(teamId, userId));
    }

    public long countByTeam(String teamId) {
        return count("teamId", teamId);
    }

    public List<Membership> findByTeam(String teamId) {
        return list("teamId = ?1 order by userId", teamId);
    }

    /** The user ids of the team's leads. */
    public Set<String> findLeads(String teamId) {
        return list("teamId = ?1 and role = ?2", teamId, MemberRole.LEAD).stream().map(m -> m.userId)
                .collect(Collectors.toSet());
    }

    /** The user ids of the leads of each of these teams; a team without leads is absent. */
    public Map<String, Set<String>> findLeads(Collection<String> teamIds) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        return list("teamId in ?1 and role = ?2", teamIds, MemberRole.LEAD).stream().collect(
                Collectors.groupingBy(m -> m.teamId, Collectors.mapping(m -> m.userId, Collectors.toSet())));
    }

    /** The LEAD memberships of every team, read-only: the organisation page's one query for memberships. */
    public List<Membership> findAllLeads() {
        return find("role", MemberRole.LEAD).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** Up to {@code limit} memberships of a team ordered by user id, after the given one. */
    public List<Membership> findPageByTeam(String teamId, String afterUserId, int limit) {
        return afterUserId == null
                ? find("teamId = ?1 order by userId", teamId).page(0, limit).list()
                : find("teamId = ?1 and userId > ?2 order by userId", teamId, afterUserId).page(0, limit).list();
    }

    /** Up to {@code limit} memberships of a user ordered by team id, after the given one. */
    public List<Membership> findPageByUser(String userId, String afterTeamId, int limit) {
        return afterTeamId == null
                ? find("userId = ?1 order by teamId", userId).page(0, limit).list()
                : find("userId = ?1 and teamId > ?2 order by teamId", userId, afterTeamId).page(0, limit).list();
    }
}
