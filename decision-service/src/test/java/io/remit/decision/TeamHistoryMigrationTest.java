package io.remit.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database written by the release before the authority history: the migration gives every replicated team one
 * history row, valid from the migration, with its leads and delegations, so that earlier instants read "not recorded".
 */
class TeamHistoryMigrationTest {

    private static final String SCHEMA = "remit_decision";

    @Test
    void shouldSeedOneHistoryRowPerReplicatedTeamValidFromTheMigration() throws Exception {
        String url = "jdbc:h2:mem:history-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        migrate(url, "8");
        try (Connection db = DriverManager.getConnection(url, "sa", "");
             Statement sql = db.createStatement()) {
            sql.execute("set schema " + SCHEMA);
            sql.execute("insert into team_replica values ('acme', 'Acme', null, 'ACTIVE', 86400, 4, "
                    + "current_timestamp)");
            sql.execute("insert into team_replica values ('pay', 'Payments', 'acme', 'SUSPENDED', 3600, 9, "
                    + "current_timestamp)");
            sql.execute("insert into team_replica_member values ('pay', 'dana', 'LEAD'), ('pay', 'mia', 'MEMBER')");
            sql.execute("insert into team_replica_delegation (id, team_id, delegator, delegate, valid_from, "
                    + "valid_until, categories) values ('7d3c2a1e-0000-4000-8000-000000000001', 'pay', "
                    + "'dana', 'deputy', timestamp with time zone '2026-11-01 00:00:00+00', "
                    + "timestamp with time zone '2026-12-01 00:00:00+00', 'spend')");
        }
        OffsetDateTime beforeMigration = OffsetDateTime.now().minusSeconds(1);

        migrate(url, "9");

        try (Connection db = DriverManager.getConnection(url, "sa", "");
             Statement sql = db.createStatement()) {
            sql.execute("set schema " + SCHEMA);
            try (ResultSet rows = sql.executeQuery("select team_id, version, parent_id, status, escalation_sla_seconds,"
                    + " origin, valid_from from team_history order by team_id")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("team_id")).isEqualTo("acme");
                assertThat(rows.getLong("version")).isEqualTo(4);
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("team_id")).isEqualTo("pay");
                assertThat(rows.getLong("version")).isEqualTo(9);
                assertThat(rows.getString("parent_id")).isEqualTo("acme");
                assertThat(rows.getString("status")).isEqualTo("SUSPENDED");
                assertThat(rows.getLong("escalation_sla_seconds")).isEqualTo(3600);
                assertThat(rows.getString("origin")).isEqualTo("REPLICA");
                assertThat(rows.getObject("valid_from", OffsetDateTime.class)).isAfter(beforeMigration);
                assertThat(rows.next()).isFalse();
            }
            try (ResultSet rows = sql.executeQuery("select user_id, role, version from team_history_member "
                    + "where team_id = 'pay' order by user_id")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("user_id")).isEqualTo("dana");
                assertThat(rows.getString("role")).isEqualTo("LEAD");
                assertThat(rows.getLong("version")).isEqualTo(9);
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("user_id")).isEqualTo("mia");
                assertThat(rows.next()).isFalse();
            }
            try (ResultSet rows = sql.executeQuery("select delegator, delegate, categories from "
                    + "team_history_delegation where team_id = 'pay' and version = 9")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("delegate")).isEqualTo("deputy");
                assertThat(rows.getString("categories")).isEqualTo("spend");
                assertThat(rows.next()).isFalse();
            }
        }
    }

    private static void migrate(String url, String target) {
        Flyway.configure().dataSource(url, "sa", "").schemas(SCHEMA).locations("classpath:db/migration",
                "classpath:db/platform").target(target).load().migrate();
    }
}
