package io.remit.notification.escalation.service;

import io.remit.notification.escalation.domain.DelegateCoverageRepository;
import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.EscalationRoute;
import io.remit.notification.escalation.domain.ParkedEscalationRepository;
import io.remit.notification.escalation.events.DecisionEventData;
import io.remit.notification.notification.service.NotificationPlanner;
import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.notification.team.events.DelegationsReplicated;
import io.remit.notification.team.service.TeamDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * When a delegation starts, its delegate's inbox shows the open escalations it covers (DESIGN, Authority over time
 * 1): at their current level, told to the delegation's team (the target, or the ancestor it fell back to), of a
 * category the delegation covers. A snapshot that brings a delegation in force does it in the transaction that
 * applies the snapshot; a scheduled delegation starts with no event, and {@link DelegateCatchUpSweeper} finds it.
 * Each escalation is handled under its row lock and a delegate told of a level once, so a sweep, a snapshot and a
 * redelivered event on any number of replicas write each notice once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DelegateCatchUp {

    private final DelegateCoverageRepository coverage;
    private final ParkedEscalationRepository parked;
    private final TeamDirectory directory;
    private final NotificationPlanner planner;

    DelegateCatchUp(DelegateCoverageRepository coverage, ParkedEscalationRepository parked, TeamDirectory directory,
            NotificationPlanner planner) {
        this.coverage = coverage;
        this.parked = parked;
        this.directory = directory;
        this.planner = planner;
    }

    void onDelegationsReplicated(@Observes DelegationsReplicated replicated) {
        Instant now = Instant.now();
        for (String escalationId : coverage.findUncoveredAt(replicated.teamId(), now)) {
            showToNewDelegates(escalationId, now);
        }
    }

    /**
     * Shows one open escalation to the delegates in force now who have not seen its current level; returns how many
     * were told.
     */
    public int showToNewDelegates(String escalationId, Instant now) {
        Optional<EscalationRecord> locked = coverage.lock(escalationId);
        if (locked.isEmpty() || locked.get().isEnded()
                || parked.holds(escalationId, DecisionEventData.RESOLVED)
                || parked.holds(escalationId, DecisionEventData.WITHDRAWN)) {
            return 0;
        }
        EscalationRecord record = locked.get();
        Optional<EscalationRoute> route = coverage.findRoute(record.id, record.level);
        Optional<ReplicaTeam> team = route.map(r -> r.notifiedTeamId).flatMap(directory::findTeam);
        if (team.isEmpty()) {
            return 0;
        }
        return planner.showToNewDelegates(EscalationRecords.notice(record), team.get(), route.get().fallback, now);
    }
}
