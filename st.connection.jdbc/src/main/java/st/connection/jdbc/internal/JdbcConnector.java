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
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.Connector;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.jdbc.JdbcFailures;

/**
 * Connector {@code jdbc}: opens {@link Connection}s through the JDBC drivers installed as
 * {@link DataSourceFactory} services. Parameters: {@code url}, {@code user}, {@code password},
 * optionally {@code osgi.jdbc.driver.class} or {@code osgi.jdbc.driver.name} to choose a driver
 * (otherwise the first that accepts the URL), and any other key as a driver property. Its default
 * login form, which asks for a URL, is offered only when {@value #PID} says so.
 */
@Component(property = Connector.NAME + "=" + JdbcConnector.NAME, configurationPid = JdbcConnector.PID)
@Designate(ocd = JdbcConnector.Config.class)
public class JdbcConnector implements Connector<Connection> {

    static final String NAME = "jdbc";
    static final String PID = "st.connection.jdbc";
    static final String URL = "url";
    static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcConnector.class);
    private static final List<String> SELECTORS = List.of(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS,
            DataSourceFactory.OSGI_JDBC_DRIVER_NAME);

    @ObjectClassDefinition(id = PID, name = "st.connection JDBC connector",
            description = "The connector 'jdbc', which opens connections through any installed JDBC driver.")
    public @interface Config {

        @AttributeDefinition(name = "Offer the default login form", description = "Offer the login form 'jdbc' "
                + "(JDBC URL, user, password) in the console. Whoever can use it makes this server open any JDBC URL, "
                + "and some URLs run code when opened (H2's INIT=RUNSCRIPT, for one): leave it off unless only trusted "
                + "administrators reach the console. Configured login forms with a fixed URL work either way.")
        boolean default_form() default false;
    }

    private final DriverFactories drivers;
    private volatile boolean offersDefaultForm;

    @Activate
    public JdbcConnector(@Reference DriverFactories drivers, Config config) {
        this(drivers, config.default_form());
    }

    JdbcConnector(DriverFactories drivers, boolean offersDefaultForm) {
        this.drivers = drivers;
        this.offersDefaultForm = offersDefaultForm;
    }

    @Modified
    void modified(Config config) {
        offersDefaultForm = config.default_form();
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

    /** SQLState class 08, timeouts and drivers' own states are fatal; a typo in SQL is not (see {@link JdbcFailures}). */
    @Override
    public boolean isFatal(Throwable failure) {
        return JdbcFailures.isFatal(failure);
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
    public String defaultFormDescription() {
        return "Any JDBC URL that an installed driver accepts, with its user and password: for administrators.";
    }

    /** @return the URL, user and password, only when the configuration asks for it: the URL can name anything */
    @Override
    public List<FormField> defaultFormFields() {
        return offersDefaultForm ? List.of(FormField.text(URL, ""), FormField.text("user", ""), FormField.secret("password"))
                : List.of();
    }
}
