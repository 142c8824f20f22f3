package io.remit.decision.decision.service;

import io.remit.decision.boundary.domain.BoundaryRepository;
import io.remit.decision.config.RulesConfig;
import io.remit.decision.decision.domain.Decision;
import io.remit.decision.decision.domain.DecisionRepository;
import io.remit.decision.decision.events.DecisionRecorded;
import io.remit.decision.escalation.domain.Escalation;
import io.remit.decision.escalation.domain.EscalationRepository;
import io.remit.decision.escalation.service.EscalationOpening;
import io.remit.decision.escalation.service.EscalationService;
import io.remit.decision.evaluation.BoundaryTerms;
import io.remit.decision.evaluation.CurrencyMismatchException;
import io.remit.decision.evaluation.DecidedAtOutOfRangeException;
import io.remit.decision.evaluation.DecidedAtPolicy;
import io.remit.decision.evaluation.DecisionFacts;
import io.remit.decision.evaluation.Evaluation;
import io.remit.decision.evaluation.RemitEvaluator;
import io.remit.decision.evaluation.TeamArchivedException;
import io.remit.decision.evaluation.TeamNode;
import io.remit.decision.evaluation.Verdict;
import io.remit.decision.ledger.CanonicalForm;
import io.remit.decision.ledger.HashChain;
import io.remit.decision.teamlog.TeamLog;
import io.remit.decision.teamlog.TeamLogHead;
import io.remit.decision.shared.Caller;
import io.remit.decision.shared.DecisionContent;
import io.remit.decision.shared.DecisionStatus;
import io.remit.decision.team.service.TeamDirectory;
import io.remit.decision.team.service.TeamProblems;
import io.remit.platform.ids.TimeOrderedIds;
import io.remit.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The decision log: evaluates each decision against its team's remit, chains it, and escalates what falls outside. */
@ApplicationScoped
@Transactional
public class DecisionService {

    /**
     * Characters of titles and rationales one page of decisions carries at most (see listDecisions): at most about
     * 750 KB of UTF-8, so that several such pages at once fit the service's 128 MB heap beside everything else.
     */
    public static final long PAGE_TEXT_BUDGET = 250_000;

    private final DecisionRepository decisions;
    private final BoundaryRepository boundaries;
    private final EscalationRepository escalationRows;
    private final EscalationService escalations;
    private final TeamDirectory directory;
    private final TeamLog teamLog;
    private final Outbox outbox;
    private final RulesConfig rules;
    private final DecisionLifecycle lifecycle;

    DecisionService(DecisionRepository decisions, BoundaryRepository boundaries, EscalationRepository escalationRows,
            EscalationService escalations, TeamDirectory directory, TeamLog teamLog, Outbox outbox,
            RulesConfig rules, DecisionLifecycle lifecycle) {
        this.lifecycle = lifecycle;
        this.decisions = decisions;
        this.boundaries = boundaries;
        this.escalationRows = escalationRows;
        this.escalations = escalations;
        this.directory = directory;
        this.teamLog = teamLog;
        this.outbox = outbox;
        this.rules = rules;
    }

    /** A decision as stored, with its escalation when it fell outside the team's remit. */
    public record Recorded(Decision decision, Escalation escalation) {
    }

    /**
     * The verdict a decision would get now, without storing anything. It writes nothing, so it runs without a
     * transaction of its own: two plain reads, no commit round trip.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Evaluation evaluate(DecisionCommand command) {
        Instant decidedAt = decidedAt(command);
        return evaluate(command, decidedAt, directory.chainOfKnownTeam(command.teamId()));
    }

    public Recorded record(DecisionCommand command, Caller caller) {
        checkImport(command, caller);
        requireDecidedByFromIntegration(command, caller);
        if (command.externalRef() != null && command.source() == null) {
            throw DecisionProblems.externalRefWithoutSource();
        }
        List<TeamNode> chain = directory.chainOfKnownTeam(command.teamId());
        String decidedBy = checkCaller(command, caller);
        Instant now = CanonicalForm.storable(Instant.now());
        Instant decidedAt = decidedAt(command);
        Evaluation evaluation = evaluate(command, decidedAt, chain);

        TeamLogHead head = teamLog.lockHead(command.teamId());
        // Looked up under the team's lock, so a concurrent request of the same team with the same reference waits for
        // this one's commit and then finds it, instead of failing on the unique index with a generic conflict.
        if (command.externalRef() != null) {
            decisions.findByExternalRef(command.source(), command.externalRef()).ifPresent(existing -> {
                throw DecisionProblems.duplicateExternalRef(command.source(), command.externalRef(), existing.id);
            });
        }
        Decision earlier = lifecycle.earlierToSupersede(command.supersedes(), command.teamId(), command.imported());
        Decision decision = toDecision(command, evaluation, decidedBy, decidedAt, caller.userId(), now);
        decision.statusChanges = DecisionLifecycle.consequencesOfLogging(decision.status, earlier, decision.imported);
        HashChain.append(head, decision);
        decisions.persist(decision);
        outbox.append(DecisionRecorded.of(decision));
        lifecycle.applyLogging(decision, earlier, head);
        Escalation escalation = decision.status == DecisionStatus.PENDING
                ? escalations.open(openingFor(decision, evaluation), head)
                : null;
        return new Recorded(decision, escalation);
    }

    public Recorded findDecision(String id) {
        Decision decision = decisions.findByIdOptional(id).orElseThrow(() -> DecisionProblems.decisionNotFound(id));
        return new Recorded(decision, escalationRows.findByDecision(id).orElse(null));
    }

    /** One page of decisions; {@code more} says another follows, after the last one shown. */
    public record Listed(List<Recorded> items, boolean more) {
    }

    /**
     * Up to {@code limit} decisions, newest first, but no more than about {@link #PAGE_TEXT_BUDGET} characters of
     * free text (at least one decision): a page of 500 decisions with long rationales would otherwise hold tens of
     * megabytes, in the database's answer, in memory and in the response.
     */
    public Listed listDecisions(DecisionRepository.Filter filter, String before, int limit) {
        List<DecisionRepository.PageRow> rows = decisions.findPageRows(filter, before, limit + 1);
        List<String> shown = new ArrayList<>();
        long text = 0;
        for (DecisionRepository.PageRow row : rows) {
            text += row.textLength();
            if (shown.size() == limit || (!shown.isEmpty() && text > PAGE_TEXT_BUDGET)) {
                break;
            }
            shown.add(row.id());
        }
        Map<String, Escalation> escalationOf = new HashMap<>();
        escalationRows.findByDecisions(shown).forEach(e -> escalationOf.put(e.decisionId, e));
        List<Recorded> items = decisions.findNewestFirst(shown).stream()
                .map(d -> new Recorded(d, escalationOf.get(d.id)))
                .toList();
        return new Listed(items, rows.size() > shown.size());
    }

    private Evaluation evaluate(DecisionCommand command, Instant decidedAt, List<TeamNode> chain) {
        DecisionFacts facts = new DecisionFacts(command.teamId(), command.category(), command.budget(),
                command.risk(), command.scope(), command.reversible(), decidedAt);
        Map<String, BoundaryTerms> valid = boundaries.findValidAt(chain.stream().map(TeamNode::id).toList(),
                command.category(), decidedAt);
        try {
            return RemitEvaluator.evaluate(chain, valid, facts);
        } catch (TeamArchivedException e) {
            throw TeamProblems.archivedTeam(e.teamId());
        } catch (CurrencyMismatchException e) {
            throw DecisionProblems.currency(e);
        }
    }

    /** The escalation keeps its own copy of the decision's content, so that it never has to read the decision log. */
    private static EscalationOpening openingFor(Decision decision, Evaluation evaluation) {
        return new EscalationOpening(decision.id, decision.teamId, decision.content.copy(), decision.reasons(),
                evaluation.escalationTargetTeamId(), evaluation.escalationSkipped(), decision.recordedBy,
                decision.recordedAt);
    }

    /**
     * decidedAt may not lie in the future; the past window (Evaluation rule 6) does not bind an imported decision,
     * whose decidedAt is history.
     */
    private Instant decidedAt(DecisionCommand command) {
        Instant now = Instant.now();
        Instant decidedAt = command.decidedAt() == null ? now : command.decidedAt();
        try {
            DecidedAtPolicy.check(decidedAt, now, rules.clockSkew(),
                    command.imported() ? Duration.between(Instant.EPOCH, now) : rules.pastWindow());
        } catch (DecidedAtOutOfRangeException e) {
            throw DecisionProblems.decidedAt(e);
        }
        return CanonicalForm.storable(decidedAt);
    }

    /**
     * Only integration and governance import earlier decisions, each with the status it ended in; a decision that is
     * not imported takes its status from its verdict.
     */
    private static void checkImport(DecisionCommand command, Caller caller) {
        if (!command.imported()) {
            if (command.status() != null) {
                throw DecisionProblems.statusOnlyWhenImported();
            }
            return;
        }
        if (!caller.isIntegration() && !caller.isGovernance()) {
            throw DecisionProblems.importNotAllowed(caller.userId());
        }
        if (command.status() == null || command.status() == DecisionStatus.PENDING) {
            throw DecisionProblems.importedStatusRequired();
        }
    }

    /** The integration role logs on behalf of a person, and must say whom; so does governance importing history. */
    private static void requireDecidedByFromIntegration(DecisionCommand command, Caller caller) {
        boolean onBehalf = caller.isIntegration() || command.imported();
        if (onBehalf && (command.decidedBy() == null || command.decidedBy().isBlank())) {
            throw DecisionProblems.decidedByRequired();
        }
    }

    /**
     * Members and leads log their own decisions; the integration role logs on behalf of a named person. Returns
     * who decided. The team is known to exist.
     */
    private String checkCaller(DecisionCommand command, Caller caller) {
        if (caller.isIntegration() || command.imported()) {
            return command.decidedBy();
        }
        if (!directory.isMemberOf(caller.userId(), command.teamId())) {
            throw DecisionProblems.notAMember(caller.userId(), command.teamId());
        }
        if (command.decidedBy() != null && !command.decidedBy().equals(caller.userId())) {
            throw DecisionProblems.decidedByOther();
        }
        return caller.userId();
    }

    private static Decision toDecision(DecisionCommand command, Evaluation evaluation, String decidedBy,
            Instant decidedAt, String recordedBy, Instant now) {
        Decision decision = new Decision();
        decision.id = TimeOrderedIds.next();
        decision.teamId = command.teamId();
        decision.content = new DecisionContent();
        decision.content.category = command.category();
        decision.content.title = command.title();
        if (command.budget() != null) {
            decision.content.budgetAmount = command.budget().amount().setScale(4);
            decision.content.budgetCurrency = command.budget().currency();
        }
        decision.content.risk = command.risk();
        decision.content.scope = command.scope();
        decision.content.reversible = command.reversible();
        decision.content.decidedBy = decidedBy;
        decision.content.decidedAt = decidedAt;
        decision.rationale = command.rationale();
        decision.recordedBy = recordedBy;
        decision.recordedAt = now;
        decision.source = command.source();
        decision.externalRef = command.externalRef();
        decision.verdict = evaluation.verdict();
        decision.setReasons(command.imported() && evaluation.boundary() == null
                && evaluation.verdict() == Verdict.ESCALATED
                ? List.of("no boundary in force at " + decidedAt) : evaluation.reasons());
        decision.imported = command.imported();
        decision.supersedes = command.supersedes();
        decision.status = command.imported() ? command.status()
                : evaluation.verdict() == Verdict.ESCALATED ? DecisionStatus.PENDING : DecisionStatus.IN_EFFECT;
        decision.recordedStatus = decision.status;
        if (evaluation.boundary() != null) {
            decision.boundaryId = evaluation.boundary().id();
            decision.boundaryVersion = evaluation.boundary().version();
        }
        return decision;
    }
}
