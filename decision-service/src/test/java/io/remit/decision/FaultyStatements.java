package io.remit.decision;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.remit.platform.testing.SqlFaults;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Lets tests fail this service's SQL statements on purpose (see {@link SqlFaults}); otherwise passes them through. */
@PersistenceUnitExtension
@ApplicationScoped
public class FaultyStatements implements StatementInspector {

    @Override
    public String inspect(String sql) {
        return SqlFaults.inspect(sql);
    }
}
