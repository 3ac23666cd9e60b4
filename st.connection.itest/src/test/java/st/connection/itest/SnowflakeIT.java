package st.connection.itest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

import net.snowflake.client.jdbc.SnowflakeConnection;
import st.connection.api.ConnectorUnavailableException;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.UserConnections;
import st.connection.snowflake.emulator.SessionExpiry;
import st.connection.snowflake.emulator.SnowflakeEmulator;

/** The Snowflake connector as users install it, through the real driver, against the emulator. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SnowflakeIT extends ITestSupport {

    private static final String ALICE_SF_PASSWORD = "alice-snowflake-secret";
    private static final String BOB_SF_PASSWORD = "bob-snowflake-secret";

    private SnowflakeEmulator emulator;
    private Bundle connectorBundle;

    @Configuration
    public Option[] config() {
        return snowflakeFrameworkFor(SnowflakeIT.class);
    }

    @Before
    public void startEmulator() throws Exception {
        emulator = SnowflakeEmulator.builder().user("alice", ALICE_SF_PASSWORD).user("bob", BOB_SF_PASSWORD).start();
        emulator.execute("CREATE TABLE IF NOT EXISTS ORDERS(ID NUMBER(10, 0), AMOUNT NUMBER(10, 2), PRICE FLOAT, "
                + "NOTE VARCHAR, PAID BOOLEAN, DUE DATE, PLACED TIMESTAMP_NTZ, CODE VARBINARY(4))");
        emulator.execute("DELETE FROM ORDERS");
        emulator.execute("INSERT INTO ORDERS VALUES (1, 13.50, 2.25, 'first', TRUE, DATE '2024-02-29', "
                + "TIMESTAMP '2024-03-01 12:34:56.789', X'CAFE'), (2, 99.99, NULL, NULL, FALSE, NULL, NULL, NULL)");
        connectorBundle = installedBundle("st.connection.snowflake");
        connectorBundle.start();
        await("the snowflake connector is available",
                () -> connections().connectors().stream().anyMatch(c -> c.name().equals("snowflake")));
    }

    /** Connections are closed while the server is still there, then the emulator stops. */
    @After
    public void stopEmulator() throws Exception {
        connectorBundle.stop();
        emulator.close();
    }

    private Map<String, Object> params(String user, String password) {
        Map<String, Object> params = new HashMap<>(Map.of("url", emulator.jdbcUrl(), "account", "emulator",
                "user", user, "password", password, "ssl", "off"));
        return params;
    }

    private ManagedConnection<Connection> shared(String name, Object... extra) {
        Map<String, Object> params = params("alice", ALICE_SF_PASSWORD);
        params.put("name", name);
        for (int i = 0; i < extra.length; i += 2) {
            params.put((String) extra[i], extra[i + 1]);
        }
        return connections().singleton("snowflake", params);
    }

    private LoginForm form() {
        return new LoginForm("snowflake-test", "snowflake", "the warehouse", List.of(FormField.text("user", ""),
                FormField.secret("password")), Map.of("url", emulator.jdbcUrl(), "account", "emulator", "ssl", "off"),
                0);
    }

    @Test
    public void connectsQueriesAndUnwrapsToTheDriversConnection() throws Exception {
        ManagedConnection<Connection> shared = shared("sf-basic");
        assertEquals(2, queryInt(shared.get(), "SELECT COUNT(*) FROM ORDERS"));
        SnowflakeConnection snowflake = shared.get().unwrap(SnowflakeConnection.class);
        assertEquals(emulator.sessionIds(), List.of(snowflake.getSessionID()));
    }

    @Test
    public void typesRoundTripThroughTheRealDriver() throws Exception {
        try (PreparedStatement statement = shared("sf-types").get().prepareStatement(
                "SELECT ID, AMOUNT, PRICE, NOTE, PAID, DUE, PLACED, CODE FROM ORDERS ORDER BY ID");
                ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next());
            assertEquals(1, rows.getInt(1));
            assertEquals(new BigDecimal("13.50"), rows.getBigDecimal(2));
            assertEquals(2.25, rows.getDouble(3), 0);
            assertEquals("first", rows.getString(4));
            assertTrue(rows.getBoolean(5));
            assertEquals(Date.valueOf("2024-02-29"), rows.getDate(6));
            assertEquals(Timestamp.valueOf("2024-03-01 12:34:56.789"), rows.getTimestamp(7));
            assertArrayEquals(new byte[] {(byte) 0xCA, (byte) 0xFE}, rows.getBytes(8));
            assertTrue(rows.next());
            assertEquals(new BigDecimal("99.99"), rows.getBigDecimal(2));
            assertEquals(null, rows.getString(4));
            assertTrue(rows.wasNull());
            assertFalse(rows.getBoolean(5));
        }
    }

    @Test
    public void bindsRoundTrip() throws Exception {
        Connection connection = shared("sf-binds").get();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ORDERS(ID, AMOUNT, NOTE, PAID, DUE) VALUES (?, ?, ?, ?, ?)")) {
            insert.setInt(1, 3);
            insert.setBigDecimal(2, new BigDecimal("7.25"));
            insert.setString(3, "bound ünïcode");
            insert.setBoolean(4, true);
            insert.setDate(5, Date.valueOf("2025-01-31"));
            assertEquals(1, insert.executeUpdate());
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT AMOUNT, NOTE, DUE FROM ORDERS WHERE ID = ? AND PAID = ?")) {
            select.setLong(1, 3);
            select.setBoolean(2, true);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                assertEquals(new BigDecimal("7.25"), rows.getBigDecimal(1));
                assertEquals("bound ünïcode", rows.getString(2));
                assertEquals(Date.valueOf("2025-01-31"), rows.getDate(3));
            }
        }
    }

    @Test
    public void aWrongPasswordIsShownAsAPlainSentenceAndNeverLogged() throws Exception {
        String wrong = "wrong-" + ALICE_SF_PASSWORD;
        UserConnections session = connections().user("sf-wrong");
        try {
            session.login(form(), new HashMap<>(Map.of("user", "alice", "password", wrong.toCharArray())));
            fail("logged in with a wrong password");
        } catch (LoginFailedException e) {
            assertEquals("The user name or password is not correct.", e.getMessage());
        }
        assertEquals(1, emulator.failedLoginCount());
        ManagedConnection<Connection> alice = session.login(form(),
                new HashMap<>(Map.of("user", "alice", "password", ALICE_SF_PASSWORD.toCharArray())));
        assertEquals(2, queryInt(alice.get(), "SELECT COUNT(*) FROM ORDERS"));
        assertTrue(logOf(SnowflakeIT.class).contains("error 390100"));
        assertNotLogged(SnowflakeIT.class, wrong, ALICE_SF_PASSWORD, BOB_SF_PASSWORD);
        session.end();
    }

    @Test
    public void theNextGetAfterTheServerExpiredTheSessionReturnsAFreshConnection() throws Exception {
        ManagedConnection<Connection> shared = shared("sf-expiry", "validation.interval", "0");
        assertEquals(2, queryInt(shared.get(), "SELECT COUNT(*) FROM ORDERS"));
        assertEquals(1, emulator.loginCount());

        emulator.expireAllSessions(SessionExpiry.NOT_RENEWABLE);

        assertEquals(2, queryInt(shared.get(), "SELECT COUNT(*) FROM ORDERS"));
        assertEquals("it logged in again", 2, emulator.loginCount());
        assertEquals(1, shared.status().reopenCount());
    }

    @Test
    public void withinTheValidationWindowTheFailedCallTriggersTheReopen() throws Exception {
        ManagedConnection<Connection> shared = shared("sf-window", "validation.interval", "600000");
        queryInt(shared.get(), "SELECT 1");
        emulator.expireAllSessions(SessionExpiry.NOT_RENEWABLE);
        try {
            queryInt(shared.get(), "SELECT 1");
            fail("an expired session answered");
        } catch (SQLException e) {
            assertEquals(390114, e.getErrorCode());
        }
        assertEquals(1, queryInt(shared.get(), "SELECT 1"));
        assertEquals(2, emulator.loginCount());
    }

    @Test
    public void aPersonalConnectionWhoseSessionExpiredSendsTheUserBackToTheLoginForm() throws Exception {
        UserConnections session = connections().user("sf-expired-user");
        session.login(form(), new HashMap<>(Map.of("user", "bob", "password", BOB_SF_PASSWORD.toCharArray())));
        assertTrue(session.current("snowflake-test").isPresent());
        emulator.expireAllSessions(SessionExpiry.NOT_RENEWABLE);
        await("the expired connection is no longer current", () -> session.current("snowflake-test").isEmpty());
        assertEquals("the user logs in again through the form", 1, emulator.loginCount());
    }

    @Test
    public void stoppingTheConnectorBundleClosesItsSessionsAndCallersGetAClearError() throws Exception {
        ManagedConnection<Connection> shared = shared("sf-stop");
        shared.get();
        connections().user("sf-stop-user").login(form(),
                new HashMap<>(Map.of("user", "bob", "password", BOB_SF_PASSWORD.toCharArray())));
        assertEquals(2, emulator.openSessionCount());

        connectorBundle.stop();

        await("every Snowflake session was closed on the server", () -> emulator.openSessionCount() == 0);
        try {
            shared.get();
            fail("handed out a connection without its connector");
        } catch (ConnectorUnavailableException e) {
            assertEquals("The connector 'snowflake' is not available; install or start its bundle.", e.getMessage());
        }
        assertTrue(connections().user("sf-stop-user").current("snowflake-test").isEmpty());
    }

    @Test
    public void cachedQueriesNeverReachTheServer() throws Exception {
        ManagedConnection<Connection> shared = shared("sf-cached", "ttl", "60", "cache.scope", "shared");
        String sql = "SELECT NOTE FROM ORDERS WHERE ID = 1";
        long before = emulator.queryCount();
        for (int i = 0; i < 10; i++) {
            assertEquals("first", queryString(shared.get(), sql));
        }
        assertEquals("ten reads, one query on the server", before + 1, emulator.queryCount());
    }
}
