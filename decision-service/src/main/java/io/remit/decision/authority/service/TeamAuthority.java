package io.remit.decision.authority.service;

import io.remit.decision.boundary.domain.Boundary;
import io.remit.decision.team.service.TeamHistoryService.KeptTeam;
import java.time.Instant;
import java.util.List;

/**
 * Who could decide what for a team at one instant: its own boundaries then, and the team and each team above it as
 * the authority history kept them.
 *
 * @param historyBegins when the team's kept history begins; null when none is kept
 * @param team          the team at the instant; null before its history began
 * @param ancestors     the teams above it at the instant, nearest first, ending at the root or at the first one whose
 *                      history had not begun yet (which has no parent to follow)
 */
public record TeamAuthority(String teamId, Instant at, Instant historyBegins, KeptTeam team, List<Level> ancestors,
        List<Boundary> boundaries) {

    /** @param kept the team at the instant; null before its history began */
    public record Level(String teamId, KeptTeam kept) {
    }

    public boolean recorded() {
        return team != null;
    }
}
