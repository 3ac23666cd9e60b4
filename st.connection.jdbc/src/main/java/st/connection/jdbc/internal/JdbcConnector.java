package st.connection.jdbc.internal;

import java.net.SocketException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.Connector;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;

/**
 * Connector {@code jdbc}: opens {@link Connection}s through the JDBC drivers installed as
 * {@link DataSourceFactory} services. Parameters: {@code url}, {@code user}, {@code password},
 * optionally {@code osgi.jdbc.driver.class} or {@code osgi.jdbc.driver.name} to choose a driver
 * (otherwise the first that accepts the URL), and any other key as a driver property.
 */
@Component(property = Connector.NAME + "=" + JdbcConnector.NAME)
public class JdbcConnector implements Connector<Connection> {

    static final String NAME = "jdbc";
    static final String URL = "url";
    static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcConnector.class);
    private static final List<String> SELECTORS = List.of(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS,
            DataSourceFactory.OSGI_JDBC_DRIVER_NAME);

    private final DriverFactories drivers;

    @Activate
    public JdbcConnector(@org.osgi.service.component.annotations.Reference DriverFactories drivers) {
        this.drivers = drivers;
    }

    @Override
    public Class<Connection> type() {
        return Connection.class;
    }

    @Override
    public Connection connect(Map<String, Object> params) throws Exception {
        String url = text(params.get(URL));
        if (url == null || url.isBlank()) {
            throw new LoginFailedException("A JDBC URL is required (parameter 'url').");
        }
        Driver driver = drivers.driverFor(url, params);
        Properties properties = driverProperties(params);
        try {
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw new SQLException("The driver " + driver.getClass().getName() + " does not accept this URL.");
            }
            return connection;
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            properties.clear();
        }
    }

    private static Properties driverProperties(Map<String, Object> params) {
        Properties properties = new Properties();
        params.forEach((key, value) -> {
            if (!key.equals(URL) && !SELECTORS.contains(key) && value != null) {
                String text = text(value);
                if (!text.isEmpty() || key.equals("password")) {
                    properties.setProperty(key, text);
                }
            }
        });
        return properties;
    }

    /**
     * SQLState class 28 is "invalid authorization", class 08 "connection exception" (some drivers
     * use their own state and only wrap the socket's failure): tell the person in fixed words. The
     * driver's text, which names hosts and ports, stays the cause, for the log.
     */
    private static Exception translate(SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.startsWith("28")) {
            return new LoginFailedException("The user name or password is not correct.", e);
        }
        if (state != null && state.startsWith("08") || causedByNetwork(e)) {
            return new LoginFailedException("The database cannot be reached; check that it runs and that the network "
                    + "lets this server reach it.", e);
        }
        return e;
    }

    private static boolean causedByNetwork(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static String text(Object value) {
        return value instanceof char[] chars ? new String(chars) : value == null ? null : String.valueOf(value);
    }

    @Override
    public boolean isOpen(Connection connection) {
        try {
            return !connection.isClosed() && connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Closing a JDBC connection failed; it is dropped anyway", e);
        }
    }

    @Override
    public List<FormField> defaultFormFields() {
        return List.of(FormField.text(URL, ""), FormField.text("user", ""), FormField.secret("password"));
    }
}
