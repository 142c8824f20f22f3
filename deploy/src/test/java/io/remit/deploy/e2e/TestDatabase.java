package io.remit.deploy.e2e;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database the services run on, as the build chose it: the parent pom passes {@code remit.test.db.url} and
 * {@code remit.test.db.username} to Surefire. A PostgreSQL URL ({@code -Ppostgres}) is handed to every service (each
 * keeps to its own schema); anything else means each service's default H2 file under {@code REMIT_DATA_DIR}.
 */
public record TestDatabase(String url, String username, String password) {

    public static TestDatabase fromSystemProperties() {
        String url = System.getProperty("remit.test.db.url", "");
        if (!url.startsWith("jdbc:postgresql")) {
            return new TestDatabase(null, "sa", "");
        }
        return new TestDatabase(url, System.getProperty("remit.test.db.username", "postgres"),
                System.getProperty("remit.test.db.password", ""));
    }

    public boolean postgres() {
        return url != null;
    }

    /** The {@code quarkus.datasource.db-kind} the services must have been built with for this database. */
    String dbKind() {
        return postgres() ? "postgresql" : "h2";
    }

    /** What a service needs in its environment to use this database (nothing for its default H2 file). */
    Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        if (postgres()) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", url);
            env.put("QUARKUS_DATASOURCE_USERNAME", username);
            if (!password.isEmpty()) {
                env.put("QUARKUS_DATASOURCE_PASSWORD", password);
            }
        }
        return env;
    }

    /**
     * A connection to decision-service's database while it runs: on H2 through the server its process opened
     * ({@code AUTO_SERVER=TRUE} is in the services' default URL), so the file is not locked against us.
     */
    Connection openDecisionDatabase(Path dataDir) throws SQLException {
        return open("decision-service", dataDir);
    }

    /** A connection to a service's database while it runs (see {@link #openDecisionDatabase(Path)}). */
    public Connection open(String service, Path dataDir) throws SQLException {
        if (postgres()) {
            return DriverManager.getConnection(url, username, password);
        }
        String h2 = "jdbc:h2:file:" + dataDir.resolve(service).toAbsolutePath()
                + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return DriverManager.getConnection(h2, "sa", "");
    }

    @Override
    public String toString() {
        return postgres() ? "PostgreSQL " + url + " (user " + username + ")" : "H2 files under REMIT_DATA_DIR";
    }
}
