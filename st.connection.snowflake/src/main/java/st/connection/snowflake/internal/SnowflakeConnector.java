package st.connection.snowflake.internal;

import java.security.Provider;
import java.security.Security;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.snowflake.client.core.SecurityUtil;
import net.snowflake.client.jdbc.SnowflakeDriver;
import st.connection.api.Connector;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.jdbc.JdbcFailures;

/**
 * Connector {@code snowflake}: opens connections with the embedded snowflake-jdbc driver,
 * instantiated directly (no {@link DriverManager} lookup across bundles). Parameters are the
 * driver's own (see {@link SnowflakeParameters}); {@code database} is accepted for {@code db}.
 */
@Component(property = Connector.NAME + "=" + SnowflakeConnector.NAME)
public class SnowflakeConnector implements Connector<Connection> {

    static final String NAME = "snowflake";
    static final int VALIDATION_TIMEOUT_SECONDS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(SnowflakeConnector.class);

    static final int CLOSE_WAIT_SECONDS = 5;
    static final String FORM_DESCRIPTION = "Any Snowflake account: its account identifier (such as xy12345.eu-central-1), "
            + "your user name and password.";

    private final SnowflakeHostCheck hostCheck = SnowflakeHostCheck.ofThisJvm();

    /** Created on first connect: loading the driver takes about a second, which start-up need not wait for. */
    private volatile Driver driver;
    private final ExecutorService closer = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "st.connection snowflake close");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public Class<Connection> type() {
        return Connection.class;
    }

    @Override
    public Connection connect(Map<String, Object> params) throws Exception {
        SnowflakeParameters parameters = SnowflakeParameters.of(params);
        Properties properties = parameters.driverProperties();
        try {
            hostCheck.requireResolvable(parameters.host(), properties);
        } catch (LoginFailedException e) {
            properties.clear();
            LOG.info("Connecting to Snowflake at {} for account '{}' failed: the host name does not resolve ({})",
                    parameters.endpoint(), parameters.account(), e.getCause().toString());
            throw e;
        }
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(SnowflakeConnector.class.getClassLoader());
        try {
            return driver().connect(parameters.url(), properties);
        } catch (SQLException e) {
            if (e.getErrorCode() == SnowflakeErrors.USER_LOCKED) {
                LOG.warn("Snowflake reports user '{}' of account '{}' as locked (error {}); people are told only that "
                        + "the user name or password is not correct", properties.getProperty("user"), parameters.account(),
                        e.getErrorCode());
            } else {
                LOG.info("Connecting to Snowflake at {} for account '{}' failed: error {} (SQLState {}): {}",
                        parameters.endpoint(), parameters.account(), e.getErrorCode(), e.getSQLState(), e.getMessage());
            }
            throw SnowflakeErrors.forPerson(e);
        } finally {
            thread.setContextClassLoader(caller);
            properties.clear();
        }
    }

    private Driver driver() {
        Driver loaded = driver;
        if (loaded == null) {
            synchronized (this) {
                loaded = driver;
                if (loaded == null) {
                    SecurityUtil.addBouncyCastleProvider();
                    driver = loaded = new SnowflakeDriver();
                }
            }
        }
        return loaded;
    }

    /** A heartbeat to the server: finds sessions the server expired, not only closed ones. */
    @Override
    public boolean isOpen(Connection connection) {
        try {
            return !connection.isClosed() && connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** The session-expired codes, SQLState class 08 and timeouts are fatal; a typo in SQL is not. */
    @Override
    public boolean isFatal(Throwable failure) {
        return failure instanceof SQLException e && SnowflakeErrors.endsSession(e) || JdbcFailures.isFatal(failure);
    }

    /**
     * When the server is gone, the driver's {@code close()} retries for many minutes or throws
     * unchecked exceptions. So it runs on this connector's own thread, and the caller waits at most
     * {@value #CLOSE_WAIT_SECONDS} seconds.
     */
    @Override
    public void close(Connection connection) {
        Future<?> closing;
        try {
            closing = closer.submit(() -> {
                try {
                    connection.close();
                } catch (SQLException | RuntimeException e) {
                    LOG.debug("Closing a Snowflake connection failed; it is dropped anyway", e);
                }
            });
        } catch (RejectedExecutionException stopped) {
            return;
        }
        try {
            closing.get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Closing a Snowflake connection did not finish within {} s (is the server reachable?); "
                    + "it goes on in the background", CLOSE_WAIT_SECONDS);
        } catch (ExecutionException e) {
            LOG.debug("Closing a Snowflake connection failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<FormField> defaultFormFields() {
        return List.of(FormField.text("account", ""), FormField.text("user", ""), FormField.secret("password"),
                FormField.text("warehouse", ""), FormField.text("database", ""), FormField.text("schema", ""),
                FormField.text("role", ""));
    }

    @Override
    public String defaultFormDescription() {
        return FORM_DESCRIPTION;
    }

    @Override
    public Map<String, Object> defaultOptions() {
        return SnowflakeParameters.DEFAULT_OPTIONS;
    }

    /**
     * Stops the closing threads, and takes the driver out of {@link DriverManager} and its
     * BouncyCastle provider out of {@link Security}, where they would keep this bundle's classes.
     */
    @Deactivate
    void deactivate() {
        closer.shutdownNow();
        ClassLoader own = SnowflakeConnector.class.getClassLoader();
        for (Provider provider : Security.getProviders()) {
            if (provider.getClass().getClassLoader() == own) {
                Security.removeProvider(provider.getName());
            }
        }
        DriverManager.drivers().filter(d -> d.getClass().getClassLoader() == own)
                .forEach(d -> {
                    try {
                        DriverManager.deregisterDriver(d);
                    } catch (SQLException | SecurityException e) {
                        LOG.debug("Could not deregister {}", d, e);
                    }
                });
    }
}
