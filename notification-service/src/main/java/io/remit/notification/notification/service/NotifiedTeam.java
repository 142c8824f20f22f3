package io.remit.notification.notification.service;

import io.remit.notification.team.domain.ReplicaTeam;
import io.remit.notification.team.service.Delegate;
import java.util.List;

/**
 * The team told about an escalation, with its leads and the delegates active for the escalation's category, as they
 * were read to choose it (read once, used twice). A delegate who is also a lead is told once, as a lead.
 */
public record NotifiedTeam(ReplicaTeam team, List<String> leads, List<Delegate> delegates) {

    /** A lead, an active delegate (who counts as a lead here) or a contact channel: someone to tell. */
    public boolean hasSomeoneToTell() {
        return team.hasChannel() || !leads.isEmpty() || !delegates.isEmpty();
    }

    /** The delegates who are not leads of the team themselves. */
    public List<Delegate> delegatesBesideLeads() {
        return delegates.stream().filter(d -> !leads.contains(d.userId())).toList();
    }
}
