package io.remit.notification.audit.service;

import io.remit.notification.escalation.domain.EscalationRoute;
import io.remit.notification.team.service.TeamDirectory;
import io.remit.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who reads an escalation's trail outside the audit API, and how much of it. Governance and auditors read all of it.
 * Those it concerns read it without other recipients' delivery details: a lead, or a delegate active now for its
 * category, of a team it was routed to or that was told in its place (a fallback), and anyone it told in their inbox.
 * Anyone else is refused.
 */
@ApplicationScoped
@Transactional
public class TrailReadings {

    private final AuditService audit;
    private final TeamDirectory directory;

    TrailReadings(AuditService audit, TeamDirectory directory) {
        this.audit = audit;
        this.directory = directory;
    }

    /** The trail as this reader may see it; 404 when no such escalation was recorded, 403 when it is not theirs. */
    public TrailReading read(String escalationId, String readerId, boolean readsAll, Instant now) {
        EscalationTrail trail = audit.trail(escalationId);
        if (readsAll) {
            return new TrailReading(trail, readerId, true, AuditTimeline.of(trail));
        }
        if (!concerns(trail, readerId, now)) {
            throw new ProblemException(403, "not-your-escalation", "Not allowed", "Only governance, auditors, and "
                    + "the leads, delegates and recipients of an escalation read its timeline");
        }
        return new TrailReading(trail, readerId, false,
                AuditTimeline.of(trail, notification -> TrailReading.isOwn(notification, readerId)));
    }

    private boolean concerns(EscalationTrail trail, String userId, Instant now) {
        if (trail.notifications().stream().anyMatch(item -> TrailReading.isOwn(item.notification(), userId))) {
            return true;
        }
        Set<String> teams = new LinkedHashSet<>();
        for (EscalationRoute route : trail.routes()) {
            teams.add(route.targetTeamId);
            if (route.notifiedTeamId != null) {
                teams.add(route.notifiedTeamId);
            }
        }
        String category = trail.record().category;
        return teams.stream().anyMatch(team -> directory.leadsOf(team).contains(userId)
                || directory.delegatesOf(team, category, now).stream().anyMatch(d -> d.userId().equals(userId)));
    }
}
