package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import st.connection.api.ConnectionFailedException;
import st.connection.api.FormField;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.UserConnections;
import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * Reliability: the Snowflake server goes away (the emulator's port is closed) under a shared and a
 * personal connection. Callers get an error that says so within seconds, closing never throws out
 * of the platform (the 3.28 driver's own {@code close()} throws a NullPointerException then), no
 * close keeps its caller longer than README's 5 s (plus the two 3 s heartbeats that find a
 * connection dead), and the shared connection works again once the server is back. A close the driver did not
 * finish in those 5 s may go on in the background (the driver retries for as long as the server is
 * gone and ignores interruption); if it does, it ends once the server is back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SnowflakeServerGoneIT extends ITestSupport {

    private static final long CLEAR_ERROR_WITHIN_MILLIS = 15_000;
    /**
     * With the driver's default of 7 retries and its backoff, a query to a vanished server blocks
     * the caller about 70 s before failing (measured here): fail-fast deployments set this.
     */
    private static final String MAX_HTTP_RETRIES = "maxHttpRetries";
    private static final String FAIL_FAST = "1";
    /** README: the connector's liveness check is a heartbeat of at most 3 s, and a connection is dead after two ... */
    private static final long HEARTBEAT_MILLIS = 3_000;
    /** ... and a close waits for the driver at most 5 s. */
    private static final long CLOSE_MILLIS = 5_000;
    /** For a loaded machine: what the platform itself does around a check or a close. */
    private static final long MARGIN_MILLIS = 2_000;
    /** The connector's close threads, which carry on a close the driver did not finish in 5 s. */
    private static final String CLOSE_THREAD = "st.connection snowflake close";
    private static final long BACKGROUND_CLOSE_MILLIS = 60_000;

    private SnowflakeEmulator emulator;
    private Bundle connectorBundle;

    @Configuration
    public Option[] config() {
        return snowflakeFrameworkFor(SnowflakeServerGoneIT.class);
    }

    @Before
    public void startEmulator() throws Exception {
        emulator = startEmulatorOn(0);
        connectorBundle = installedBundle("st.connection.snowflake");
        connectorBundle.start();
        await("the snowflake connector is available",
                () -> connections().connectors().stream().anyMatch(c -> c.name().equals("snowflake")));
    }

    private static SnowflakeEmulator startEmulatorOn(int port) throws SQLException {
        SnowflakeEmulator started = SnowflakeEmulator.builder().port(port).user("gone", "gone-secret").start();
        started.execute("CREATE TABLE ITEMS(ID NUMBER(10, 0))");
        started.execute("INSERT INTO ITEMS VALUES (1), (2)");
        return started;
    }

    @After
    public void stopEmulator() throws Exception {
        connectorBundle.stop();
        emulator.close();
    }

    @Test
    public void callersGetAClearErrorAndNothingThrowsWhenTheServerIsGone() throws Exception {
        ManagedConnection<Connection> shared = connections().singleton("snowflake", Map.of("name", "sf-gone",
                "url", emulator.jdbcUrl(), "account", "emulator", "user", "gone", "password", "gone-secret",
                "ssl", "off", MAX_HTTP_RETRIES, FAIL_FAST));
        UserConnections session = connections().user("gone-user");
        LoginForm form = new LoginForm("gone-form", "snowflake", "the warehouse", List.of(FormField.text("user", ""),
                FormField.secret("password")), Map.of("url", emulator.jdbcUrl(), "account", "emulator", "ssl", "off",
                MAX_HTTP_RETRIES, FAIL_FAST), 0);
        ManagedConnection<Connection> personal = session.login(form,
                new HashMap<>(Map.of("user", "gone", "password", "gone-secret".toCharArray())));
        assertEquals(2, queryInt(shared.get(), "SELECT COUNT(*) FROM ITEMS"));
        assertEquals(2, queryInt(personal.get(), "SELECT COUNT(*) FROM ITEMS"));
        int port = emulator.port();

        emulator.close();

        String error = firstClearError(shared);
        assertEquals("Could not open the shared connection 'sf-gone': Snowflake cannot be reached; check the account "
                + "name and the network.", error);
        assertTrue("the log names the endpoint", logOf(SnowflakeServerGoneIT.class).contains(
                "Connecting to Snowflake at 127.0.0.1:" + port + " for account 'emulator' failed"));
        long begin = System.currentTimeMillis();
        assertTrue("the dead personal connection is no longer current", session.current("gone-form").isEmpty());
        long found = System.currentTimeMillis() - begin;
        assertTrue("finding the personal connection dead and closing it took " + found + " ms",
                found < 2 * HEARTBEAT_MILLIS + CLOSE_MILLIS + MARGIN_MILLIS);
        begin = System.currentTimeMillis();
        session.logout("gone-form");
        session.end();
        connectorBundle.stop();
        long stopping = System.currentTimeMillis() - begin;
        assertTrue("logging out, ending the session and stopping the connector took " + stopping + " ms",
                stopping < CLOSE_MILLIS + MARGIN_MILLIS);

        emulator = startEmulatorOn(port);
        long lingering = awaitNoThread(CLOSE_THREAD, BACKGROUND_CLOSE_MILLIS);
        System.out.printf("SnowflakeServerGoneIT: clear error '%s'; finding the personal connection dead and closing "
                + "it took %d ms, stopping everything else %d ms; the driver's background closes ended %d ms after "
                + "the server was back%n", error, found, stopping, lingering);
        connectorBundle.start();
        await("the shared connection works again", () -> {
            try {
                return queryInt(shared.get(), "SELECT COUNT(*) FROM ITEMS") == 2;
            } catch (SQLException | RuntimeException stillDown) {
                return false;
            }
        });
    }

    /** @return how long it took until no thread of that name was alive; fails after the timeout */
    private static long awaitNoThread(String name, long timeoutMillis) throws InterruptedException {
        long begin = System.currentTimeMillis();
        while (threadsNamed(name) > 0) {
            if (System.currentTimeMillis() - begin > timeoutMillis) {
                fail(threadsNamed(name) + " '" + name + "' threads still alive after " + timeoutMillis + " ms");
            }
            Thread.sleep(100);
        }
        return System.currentTimeMillis() - begin;
    }

    /**
     * Uses the connection until {@code get()} says the server cannot be reached; a query on the old
     * connection may fail first with the driver's error, anything else fails the test.
     *
     * @return the message of the {@link ConnectionFailedException}
     */
    private static String firstClearError(ManagedConnection<Connection> shared) throws InterruptedException {
        long deadline = System.currentTimeMillis() + CLEAR_ERROR_WITHIN_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Connection connection;
            try {
                connection = shared.get();
            } catch (ConnectionFailedException e) {
                return e.getMessage();
            }
            try {
                queryInt(connection, "SELECT COUNT(*) FROM ITEMS");
                fail("a query answered without a server");
            } catch (SQLException expected) {
                // the call that finds the server gone; the next get() checks the connection
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no clear error within " + CLEAR_ERROR_WITHIN_MILLIS + " ms");
    }
}
