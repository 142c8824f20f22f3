package io.remit.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.remit.decision.decision.domain.Decision;
import io.remit.decision.escalation.domain.EscalationStatus;
import io.remit.decision.escalation.domain.EscalationStep;
import io.remit.decision.escalation.domain.SkippedTeamsColumn;
import io.remit.decision.escalation.domain.StepAction;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.evaluation.Verdict;
import io.remit.decision.ledger.ChainVerification;
import io.remit.decision.ledger.ChainVerifier;
import io.remit.decision.ledger.ChainedEntry;
import io.remit.decision.shared.DecisionContent;
import io.remit.decision.teamlog.LogEntry;
import io.remit.decision.teamlog.TeamLogHead;
import io.remit.platform.testing.RepositoryFiles;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DESIGN "Authority over time" 6: a database written by the previous release (its rows and hashes, committed as
 * {@code previous-release/decision-logs-v11.sql}) is migrated to this release, and every team's log still verifies,
 * each entry read at the hash version it was written at, and every decision has the status its verdict and
 * escalation give it. It runs on the database of the pass (H2, or PostgreSQL in a
 * schema of its own), since migrations must keep old entries verifiable on both.
 */
class ChainMigrationTest {

    private static final String PREVIOUS_RELEASE = "11";

    private final String schema = "remit_migration_" + UUID.randomUUID().toString().substring(0, 8);
    private final String url = databaseUrl();
    private final String user = System.getProperty("remit.test.db.username", "sa");

    @AfterEach
    void dropTheSchema() throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, "");
             Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void shouldVerifyEveryLogThePreviousReleaseWroteAfterMigratingIt() throws Exception {
        migrate(PREVIOUS_RELEASE);
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            for (String insert : previousReleaseRows()) {
                sql.execute(insert);
            }
        }

        migrate(null);

        try (Connection db = connect()) {
            Map<String, TeamLogHead> heads = heads(db);
            assertThat(heads).containsOnlyKeys("rel1-dept", "rel1-pay");
            for (Map.Entry<String, TeamLogHead> head : heads.entrySet()) {
                List<ChainedEntry> entries = entriesOf(db, head.getKey());
                assertThat(entries).allSatisfy(entry -> assertThat(entry.hashVersion()).isEqualTo(1));
                ChainVerifier verifier = new ChainVerifier();
                entries.forEach(verifier::accept);
                ChainVerification verification = verifier.finish(head.getValue());
                assertThat(verification.firstBroken()).as(head.getKey()).isNull();
                assertThat(verification.valid()).isTrue();
                assertThat(verification.count()).isEqualTo(head.getValue().lastSeq());
            }
            assertThat(entriesOf(db, "rel1-pay")).hasSize(13);
            assertThat(statusesOfDecisions(db)).as("each decision's status from its verdict and escalation (V13)")
                    .containsExactlyInAnyOrderEntriesOf(Map.of("IN_EFFECT", 4L, "REJECTED", 1L, "PENDING", 1L));
        }
    }

    private static Map<String, Long> statusesOfDecisions(Connection db) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select status, count(*) from decision group by status")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private void migrate(String target) {
        var flyway = Flyway.configure().dataSource(url, user, "").schemas(schema)
                .locations("classpath:db/migration", "classpath:db/platform");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    private Connection connect() throws SQLException {
        Connection db = DriverManager.getConnection(url, user, "");
        try (Statement sql = db.createStatement()) {
            sql.execute(url.startsWith("jdbc:postgresql:") ? "set search_path to " + schema : "set schema " + schema);
        }
        return db;
    }

    private static List<String> previousReleaseRows() throws Exception {
        // One statement per row; a value may span lines (reasons are stored one per line).
        String dump = Files.readString(RepositoryFiles.find(
                "decision-service/src/test/resources/previous-release/decision-logs-v11.sql"));
        return Arrays.stream(dump.split(";\n(?=insert into |$)"))
                .map(statement -> statement.substring(statement.indexOf("insert into ")))
                .toList();
    }

    private static Map<String, TeamLogHead> heads(Connection db) throws SQLException {
        Map<String, TeamLogHead> heads = new LinkedHashMap<>();
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select team_id, last_seq, last_hash from team_log_head")) {
            while (rows.next()) {
                TeamLogHead head = new TeamLogHead();
                head.moveTo(rows.getLong("last_seq"), rows.getString("last_hash"));
                heads.put(rows.getString("team_id"), head);
            }
        }
        return heads;
    }

    /** The team's log in order, each row read into the entity this release maps it to. */
    private static List<ChainedEntry> entriesOf(Connection db, String teamId) throws SQLException {
        List<LogEntry> entries = new ArrayList<>();
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select * from decision where team_id = '" + teamId + "'")) {
            while (rows.next()) {
                entries.add(decision(rows));
            }
        }
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select * from escalation_step where team_id = '" + teamId + "'")) {
            while (rows.next()) {
                entries.add(step(rows));
            }
        }
        return entries.stream().sorted(Comparator.comparingLong(LogEntry::logSeq)).map(e -> (ChainedEntry) e)
                .toList();
    }

    private static Decision decision(ResultSet row) throws SQLException {
        Decision decision = new Decision();
        decision.id = row.getString("id");
        DecisionContent content = new DecisionContent();
        content.category = row.getString("category");
        content.title = row.getString("title");
        content.budgetAmount = row.getBigDecimal("budget_amount");
        content.budgetCurrency = row.getString("budget_currency");
        content.risk = Risk.valueOf(row.getString("risk"));
        content.scope = Scope.valueOf(row.getString("scope"));
        content.reversible = row.getBoolean("reversible");
        content.decidedBy = row.getString("decided_by");
        content.decidedAt = instant(row, "decided_at");
        decision.content = content;
        decision.rationale = row.getString("rationale");
        decision.recordedBy = row.getString("recorded_by");
        decision.recordedAt = instant(row, "recorded_at");
        decision.source = row.getString("source");
        decision.externalRef = row.getString("external_ref");
        decision.verdict = Verdict.valueOf(row.getString("verdict"));
        decision.reasonsText = row.getString("reasons");
        decision.boundaryId = row.getString("boundary_id");
        decision.boundaryVersion = (Integer) row.getObject("boundary_version");
        placed(decision, row);
        return decision;
    }

    private static EscalationStep step(ResultSet row) throws SQLException {
        EscalationStep step = new EscalationStep();
        step.id = row.getString("id");
        step.escalationId = row.getString("escalation_id");
        step.action = StepAction.valueOf(row.getString("action"));
        step.actor = row.getString("actor");
        step.occurredAt = instant(row, "occurred_at");
        step.level = row.getInt("level");
        step.targetTeamId = row.getString("target_team_id");
        step.status = EscalationStatus.valueOf(row.getString("status"));
        step.dueAt = instant(row, "due_at");
        step.comment = row.getString("comment");
        step.onBehalfOf = row.getString("on_behalf_of");
        step.basis = row.getString("basis");
        step.skipped = new SkippedTeamsColumn().convertToEntityAttribute(row.getString("skipped"));
        placed(step, row);
        return step;
    }

    private static void placed(LogEntry entry, ResultSet row) throws SQLException {
        entry.teamId = row.getString("team_id");
        entry.logSeq = row.getLong("log_seq");
        entry.hash = row.getString("hash");
        entry.previousHash = row.getString("previous_hash");
        entry.hashVersion = row.getInt("hash_version");
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The pass's own database: PostgreSQL as configured, or a private in-memory H2 in the same mode as the tests'. */
    private static String databaseUrl() {
        String configured = System.getProperty("remit.test.db.url", "");
        if (configured.startsWith("jdbc:postgresql:")) {
            return configured;
        }
        return "jdbc:h2:mem:migration-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }
}
