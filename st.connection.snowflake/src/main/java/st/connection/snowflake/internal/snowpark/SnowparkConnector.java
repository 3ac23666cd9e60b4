package st.connection.snowflake.internal.snowpark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.snowflake.snowpark_java.Session;

import net.snowflake.client.jdbc.SnowflakeConnectionV1;
import st.connection.api.Connector;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;

/**
 * Connector {@code snowpark}: a Snowpark {@link Session} on a connection of the {@code snowflake}
 * connector, so it takes the same parameters (account, user, password, key pair, OAuth,
 * warehouse, database, schema, role, session parameters) and says the same sentences. The
 * platform owns the connection: the session is liveness-checked, and closed, through it, and
 * Snowpark's own {@code Session.close()} refuses, as for a session Snowflake hands to a stored
 * procedure.
 */
@Component(property = Connector.NAME + "=" + SnowparkConnector.NAME)
public class SnowparkConnector implements Connector<Session> {

    static final String NAME = "snowpark";
    static final String NOT_STARTED = "A Snowpark session could not be started; the server log says why.";

    private static final Logger LOG = LoggerFactory.getLogger(SnowparkConnector.class);

    private final Connector<Connection> snowflake;
    private final SnowparkInternals internals = new SnowparkInternals();

    @Activate
    public SnowparkConnector(@Reference(target = "(" + Connector.NAME + "=snowflake)") Connector<Connection> snowflake) {
        this.snowflake = snowflake;
    }

    @Override
    public Class<Session> type() {
        return Session.class;
    }

    @Override
    public Session connect(Map<String, Object> params) throws Exception {
        Connection connection = snowflake.connect(params);
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(SnowparkConnector.class.getClassLoader());
        try {
            return internals.sessionOn(connection.unwrap(SnowflakeConnectionV1.class));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Starting a Snowpark session on a new Snowflake connection failed", e);
            snowflake.close(connection);
            throw new LoginFailedException(NOT_STARTED, e);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    @Override
    public boolean isOpen(Session session) {
        return snowflake.isOpen(session.jdbcConnection());
    }

    /** Snowpark passes the driver's failures on as they are: the same are fatal as for {@code snowflake}. */
    @Override
    public boolean isFatal(Throwable failure) {
        return snowflake.isFatal(failure);
    }

    @Override
    public void close(Session session) {
        try {
            internals.stopThreads(session);
        } catch (RuntimeException e) {
            LOG.debug("Stopping a Snowpark session's threads failed", e);
        }
        snowflake.close(session.jdbcConnection());
    }

    @Override
    public List<FormField> defaultFormFields() {
        return snowflake.defaultFormFields();
    }

    @Override
    public String defaultFormDescription() {
        return "A Snowpark session on any Snowflake account: its account identifier, your user name and password.";
    }

    @Override
    public Map<String, Object> defaultOptions() {
        return snowflake.defaultOptions();
    }

}
