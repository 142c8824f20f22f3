package io.remit.team.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DelegationRepository implements PanacheRepositoryBase<Delegation, String> {

    public Optional<Delegation> findInTeam(String teamId, String delegationId) {
        return find("id = ?1 and teamId = ?2", delegationId, teamId).firstResultOptional();
    }

    /** The team's delegations neither revoked nor over at {@code t}, oldest first: what its snapshot carries. */
    public List<Delegation> findInForce(String teamId, Instant t) {
        return list("teamId = ?1 and revokedAt is null and validUntil > ?2 order by id", teamId, t);
    }

    /** Those of one delegator to one delegate in the team that are neither revoked nor over at {@code t}. */
    public List<Delegation> findInForce(String teamId, String delegator, String delegate, Instant t) {
        return list("teamId = ?1 and delegator = ?2 and delegate = ?3 and revokedAt is null and validUntil > ?4 "
                + "order by id", teamId, delegator, delegate, t);
    }

    /** Whether the user is the delegate of one of the team's delegations at {@code t} (its dates, not revoked). */
    public boolean isDelegateAt(String teamId, String userId, Instant t) {
        return count("teamId = ?1 and delegate = ?2 and revokedAt is null and validFrom <= ?3 and validUntil > ?3",
                teamId, userId, t) > 0;
    }

    public long countInForce(String teamId, Instant t) {
        return count("teamId = ?1 and revokedAt is null and validUntil > ?2", teamId, t);
    }

    /** Up to {@code limit} of a team's delegations, newest first, older than the one given. */
    public List<Delegation> findPageByTeam(String teamId, String before, int limit) {
        return before == null
                ? find("teamId = ?1 order by id desc", teamId).page(0, limit).list()
                : find("teamId = ?1 and id < ?2 order by id desc", teamId, before).page(0, limit).list();
    }

    /** Up to {@code limit} delegations the user gave or received, in any team, newest first, older than the one given.
     */
    public List<Delegation> findPageByUser(String userId, String before, int limit) {
        return before == null
                ? find("(delegator = ?1 or delegate = ?1) order by id desc", userId).page(0, limit).list()
                : find("(delegator = ?1 or delegate = ?1) and id < ?2 order by id desc", userId, before)
                        .page(0, limit).list();
    }
}
