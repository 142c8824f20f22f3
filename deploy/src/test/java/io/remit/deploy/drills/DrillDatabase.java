package io.remit.deploy.drills;

import io.remit.deploy.e2e.RemitSuite;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Read-only queries on a service's own database while the suite runs, for counting. */
final class DrillDatabase {

    private final RemitSuite suite;

    DrillDatabase(RemitSuite suite) {
        this.suite = suite;
    }

    /** Outbox rows decision-service has not published yet. */
    long unpublishedDecisionEvents() throws SQLException {
        return scalar(RemitSuite.DECISION,
                "select count(*) from remit_decision.outbox_event where published_at is null");
    }

    long scalar(String service, String sql, String... parameters) throws SQLException {
        return Long.parseLong(rows(service, sql, parameters).get(0).get(0));
    }

    Set<String> strings(String service, String sql, String... parameters) throws SQLException {
        return rows(service, sql, parameters).stream().map(row -> row.get(0)).collect(Collectors.toSet());
    }

    List<List<String>> rows(String service, String sql, String... parameters) throws SQLException {
        try (Connection db = suite.database().open(service, suite.dataDir());
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
