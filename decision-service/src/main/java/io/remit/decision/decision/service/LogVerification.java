package io.remit.decision.decision.service;

import io.remit.decision.config.LedgerConfig;
import io.remit.decision.decision.domain.DecisionActRepository;
import io.remit.decision.decision.domain.DecisionRepository;
import io.remit.decision.escalation.domain.EscalationRepository;
import io.remit.decision.ledger.ChainVerification;
import io.remit.decision.ledger.ChainVerifier;
import io.remit.decision.ledger.ChainedEntry;
import io.remit.decision.team.service.TeamDirectory;
import io.remit.decision.teamlog.TeamLog;
import io.remit.decision.teamlog.TeamLogHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Recomputes a team's hash chain, decisions, escalation steps and decision acts merged in log order. It reads the
 * log one range of places at a time and lets go of each range before the next, so its memory stays flat at any log
 * length.
 */
@ApplicationScoped
public class LogVerification {

    private final DecisionRepository decisions;
    private final EscalationRepository escalations;
    private final DecisionActRepository acts;
    private final TeamDirectory directory;
    private final TeamLog teamLog;
    private final EntityManager entityManager;
    private final LedgerConfig config;

    LogVerification(DecisionRepository decisions, EscalationRepository escalations, DecisionActRepository acts,
            TeamDirectory directory, TeamLog teamLog, EntityManager entityManager, LedgerConfig config) {
        this.decisions = decisions;
        this.escalations = escalations;
        this.acts = acts;
        this.directory = directory;
        this.teamLog = teamLog;
        this.entityManager = entityManager;
        this.config = config;
    }

    @Transactional
    public ChainVerification verify(String teamId) {
        directory.findTeam(teamId);
        TeamLogHead head = teamLog.findHead(teamId);
        // Read up to the highest place any row claims, not only the head's: a row added outside the log must show.
        long last = LongStream.of(head == null ? 0 : head.lastSeq(), decisions.maxLogSeq(teamId),
                escalations.maxLogSeq(teamId), acts.maxLogSeq(teamId)).max().orElse(0);
        ChainVerifier verifier = new ChainVerifier();
        int range = config.verifyRange();
        for (long from = 0; from < last; from += range) {
            List<ChainedEntry> entries = new ArrayList<>(decisions.findLogRange(teamId, from, from + range));
            entries.addAll(escalations.findLogStepsRange(teamId, from, from + range));
            entries.addAll(acts.findLogRange(teamId, from, from + range));
            entries.sort(Comparator.comparingLong(ChainedEntry::logSeq));
            entries.forEach(verifier::accept);
            entityManager.clear();
        }
        return verifier.finish(head);
    }
}
