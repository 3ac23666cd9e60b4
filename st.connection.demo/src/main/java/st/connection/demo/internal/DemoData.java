package st.connection.demo.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ManagedConnection;

/**
 * Loads the sample tables and the demo users into the database behind the shared connection
 * {@code demo} when that connection appears. The script is idempotent, so a restart of this
 * bundle, or of the connection, loads nothing twice.
 *
 * <p>The component is immediate and also registered as a service of its own class, only so that
 * the launcher and tests can wait for the data: getting the service returns once the data is
 * loaded, and there is no service while the connection is missing or loading failed.
 */
@Component(service = DemoData.class, immediate = true)
public final class DemoData {

    static final String TABLES = "tables.sql";
    static final String USERS = "users.sql";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    @Activate
    public DemoData(@Reference(name = "demo", target = "(" + ManagedConnection.NAME + "=demo)") ManagedConnection<Connection> demo)
            throws IOException, SQLException {
        List<String> statements = new ArrayList<>(SqlScript.read(DemoData.class.getResource(TABLES)));
        statements.addAll(SqlScript.read(DemoData.class.getResource(USERS)));
        try (Statement statement = demo.get().createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        LOG.info("Demo data loaded into '{}': {} statements (tables CUSTOMERS, ORDERS; users ALICE, BOB)",
                demo.name(), statements.size());
    }
}
