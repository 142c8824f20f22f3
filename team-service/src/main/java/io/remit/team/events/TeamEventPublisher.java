package io.remit.team.events;

import io.remit.platform.outbox.Outbox;
import io.remit.team.domain.DelegationRepository;
import io.remit.team.domain.MembershipRepository;
import io.remit.team.domain.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Records a team change in the outbox, in the transaction of the change, with the team's full snapshot. */
@ApplicationScoped
public class TeamEventPublisher {

    private final Outbox outbox;
    private final MembershipRepository memberships;
    private final DelegationRepository delegations;
    private final EntityManager entityManager;

    TeamEventPublisher(Outbox outbox, MembershipRepository memberships, DelegationRepository delegations,
            EntityManager entityManager) {
        this.outbox = outbox;
        this.memberships = memberships;
        this.delegations = delegations;
        this.entityManager = entityManager;
    }

    public void publish(String type, Team team) {
        // Flush first so the snapshot carries the version the database now holds, and the delegations just written.
        entityManager.flush();
        outbox.append(new TeamChanged(type, TeamSnapshot.of(team, memberships.findByTeam(team.id),
                delegations.findInForce(team.id, Instant.now()))));
    }
}
