package io.remit.decision.decision.service;

import io.remit.decision.decision.domain.DecisionActRepository;
import io.remit.decision.decision.domain.DecisionRepository;
import io.remit.decision.escalation.domain.EscalationRepository;
import io.remit.decision.escalation.domain.EscalationStep;
import io.remit.decision.team.domain.ReplicaTeam;
import io.remit.decision.team.service.TeamDirectory;
import io.remit.decision.teamlog.TeamLog;
import io.remit.decision.teamlog.TeamLogHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a team's log for people, latest entry first, one page at a time. Its entries live in three tables
 * (decisions, escalation steps, decision acts), each with a unique index on (team_id, log_seq): a page reads at most
 * {@code size + 1} rows of each backwards from its keyset and merges them, so a page costs the same at any depth of a
 * log of a million entries. It never verifies the chain; {@link LogVerification} does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TeamLogReading {

    /** A page of the log; {@code nextBefore} is the keyset of the following page, null on the last one. */
    public record Page(ReplicaTeam team, TeamLogHead head, List<TeamLogEntry> entries, Long nextBefore) {

        /** Entries the log holds by its head (what a verification would count when nothing was tampered with). */
        public long length() {
            return head == null ? 0 : head.lastSeq;
        }

        /** The hash of the log's last entry by its head; null while nothing was logged. */
        public String headHash() {
            return head == null ? null : head.lastHash;
        }
    }

    private final DecisionRepository decisions;
    private final EscalationRepository escalations;
    private final DecisionActRepository acts;
    private final TeamDirectory directory;
    private final TeamLog teamLog;

    TeamLogReading(DecisionRepository decisions, EscalationRepository escalations, DecisionActRepository acts,
            TeamDirectory directory, TeamLog teamLog) {
        this.decisions = decisions;
        this.escalations = escalations;
        this.acts = acts;
        this.directory = directory;
        this.teamLog = teamLog;
    }

    /**
     * Up to {@code size} entries placed before {@code before} (null: from the latest), latest first. An unknown team
     * is a 404, as for its verification.
     */
    public Page page(String teamId, Long before, int size) {
        ReplicaTeam team = directory.findTeam(teamId);
        long keyset = before == null ? Long.MAX_VALUE : before;
        List<TeamLogEntry> entries = new ArrayList<>();
        decisions.findLogPageBefore(teamId, keyset, size + 1).forEach(d -> entries.add(TeamLogEntry.of(d)));
        List<EscalationStep> steps = escalations.findLogStepsBefore(teamId, keyset, size + 1);
        Map<String, String> decisionOfEscalation = escalations.findAllOf(steps.stream().map(s -> s.escalationId)
                .distinct().toList()).stream().collect(Collectors.toMap(e -> e.id, e -> e.decisionId));
        steps.forEach(s -> entries.add(TeamLogEntry.of(s, decisionOfEscalation.get(s.escalationId))));
        acts.findLogPageBefore(teamId, keyset, size + 1).forEach(a -> entries.add(TeamLogEntry.of(a)));
        entries.sort(Comparator.comparingLong(TeamLogEntry::logSeq).reversed());
        boolean more = entries.size() > size;
        List<TeamLogEntry> shown = more ? List.copyOf(entries.subList(0, size)) : List.copyOf(entries);
        Long next = more ? shown.get(shown.size() - 1).logSeq() : null;
        return new Page(team, teamLog.findHead(teamId), shown, next);
    }
}
