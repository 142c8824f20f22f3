package io.remit.decision.escalation.service;

import io.remit.decision.escalation.domain.Escalation;
import io.remit.decision.shared.StatusChange;
import io.remit.decision.teamlog.TeamLogHead;
import java.util.List;

/**
 * What the end of an escalation does to decisions (the decision feature answers; escalations never read the log):
 * its own decision takes effect or is rejected, and one it supersedes may give way. Asked before the ending step is
 * appended, so the changes are part of that step's entry; applied right after it, under the same lock.
 */
public interface DecisionOutcomes {

    List<StatusChange> consequencesOf(Escalation ended);

    /** Stores the changes, publishes them, and ends a superseded decision's own open escalation. */
    void apply(List<StatusChange> changes, Escalation ended, Act act, TeamLogHead head);

    /** Who ended it, for the events: the actor, a lead they stood in for, and the comment or reason given. */
    record Act(String by, String onBehalfOf, String reason, java.time.Instant at) {
    }
}
