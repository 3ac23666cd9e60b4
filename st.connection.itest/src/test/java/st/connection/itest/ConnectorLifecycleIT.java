package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

import st.connection.api.ConnectionStatus;
import st.connection.api.ConnectorUnavailableException;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.UserConnections;

@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConnectorLifecycleIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:lifecycle;DB_CLOSE_DELAY=-1";

    private Connection observer;
    private Bundle jdbcBundle;

    @Configuration
    public Option[] config() {
        return frameworkFor(ConnectorLifecycleIT.class);
    }

    @Before
    public void createDatabase() throws Exception {
        observer = createDatabase(URL);
        jdbcBundle = installedBundle("st.connection.jdbc");
    }

    @After
    public void restoreConnector() throws Exception {
        jdbcBundle.start();
        observer.close();
    }

    private boolean sharedServiceExists(String name) {
        try {
            return hasService(ManagedConnection.class, "(st.connection.name=" + name + ")");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Checks only what this test configured, so that what other tests left cannot decide it. */
    @Test
    public void aConfigurationWaitsForItsConnectorAndWorksOnceItArrives() throws Exception {
        jdbcBundle.stop();
        var configuration = configure("st.connection.singleton", Map.of("name", "late", "connector", "jdbc",
                "url", URL, "user", "sa", "password", ADMIN_PASSWORD));
        String pid = configuration.getPid();
        await("the missing connector is reported", () -> connections().configurationProblems().stream()
                .anyMatch(p -> p.pid().equals(pid) && p.key().equals("connector") && p.message().contains("waiting for it")));
        assertFalse(sharedServiceExists("late"));
        assertTrue(connections().connectors().stream().noneMatch(c -> c.name().equals("jdbc")));

        jdbcBundle.start();
        ManagedConnection<?> late = service(ManagedConnection.class, "(st.connection.name=late)");
        assertEquals(3, queryInt(jdbc(late).get(), "SELECT COUNT(*) FROM ITEMS"));
        await("its problem is gone", () -> connections().configurationProblems().stream().noneMatch(p -> p.pid().equals(pid)));
        assertEquals("st.connection.jdbc", connections().connectors().stream().filter(c -> c.name().equals("jdbc"))
                .findFirst().orElseThrow().bundle());
        configuration.delete();
    }

    @Test
    public void aLeavingConnectorClosesEveryConnectionItOpenedAndComesBackUsable() throws Exception {
        int before = sessionCount(observer);
        configure("st.connection.singleton", Map.of("name", "leaving", "connector", "jdbc", "url", URL, "user", "sa",
                "password", ADMIN_PASSWORD));
        ManagedConnection<Connection> configured = jdbc(service(ManagedConnection.class, "(st.connection.name=leaving)"));
        ManagedConnection<Connection> programmatic = connections().singleton("jdbc", Map.of("url", URL, "user", "sa",
                "password", ADMIN_PASSWORD));
        UserConnections session = connections().user("lifecycle-user");
        LoginForm form = new LoginForm("lifecycle", "jdbc", "Lifecycle", List.of(FormField.text("user", ""),
                FormField.secret("password")), Map.of("url", "jdbc:h2:mem:lifecycle"), 0);
        Map<String, Object> entered = new HashMap<>(Map.of("user", "alice", "password", ALICE_PASSWORD));
        ManagedConnection<Connection> personal = session.login(form, entered);
        List<Connection> open = List.of(configured.get(), programmatic.get(), personal.get());
        assertEquals(before + 3, sessionCount(observer));

        jdbcBundle.stop();

        for (Connection connection : open) {
            assertTrue("closed when the connector left", connection.isClosed());
        }
        assertEquals("no H2 session left behind", before, sessionCount(observer));
        assertFalse("the shared connection's service is withdrawn", sharedServiceExists("leaving"));
        assertEquals(ConnectionStatus.State.CONNECTOR_UNAVAILABLE, programmatic.status().state());
        try {
            programmatic.get();
            fail("handed out a connection without its connector");
        } catch (ConnectorUnavailableException e) {
            assertEquals("The connector 'jdbc' is not available; install or start its bundle.", e.getMessage());
        }
        assertFalse(session.current("lifecycle").isPresent());
        try {
            session.login(form, new HashMap<>(Map.of("user", "alice", "password", ALICE_PASSWORD)));
            fail("logged in without the connector");
        } catch (LoginFailedException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("is not available"));
        }

        jdbcBundle.start();

        ManagedConnection<?> back = service(ManagedConnection.class, "(st.connection.name=leaving)");
        assertEquals(3, queryInt(jdbc(back).get(), "SELECT COUNT(*) FROM ITEMS"));
        assertEquals(3, queryInt(programmatic.get(), "SELECT COUNT(*) FROM ITEMS"));
        assertEquals(ConnectionStatus.State.OPEN, programmatic.status().state());
    }

    @Test
    public void aConnectorBundleInstalledAtRunTimeIsUsableAtOnceAndLeavesCleanly() throws Exception {
        Bundle example = context().installBundle(
                "file:" + System.getProperty("bundles.dir", "target/bundles") + "/st.connection.example.jar");
        try {
            example.start();
            await("the h2mem connector is listed",
                    () -> connections().connectors().stream().anyMatch(c -> c.name().equals("h2mem")));
            assertTrue("its default login form is offered", connections().loginForm("h2mem").isPresent());
            ManagedConnection<Connection> shared = connections().singleton("h2mem", Map.of("database", "runtime",
                    "user", "sa", "password", ""));
            assertEquals(42, queryInt(shared.get(), "SELECT 42"));
            Connection open = shared.get();

            example.uninstall();

            assertTrue(open.isClosed());
            assertFalse(connections().connectors().stream().anyMatch(c -> c.name().equals("h2mem")));
            try {
                shared.get();
                fail("handed out a connection of an uninstalled connector");
            } catch (ConnectorUnavailableException expected) {
                // until a bundle offers h2mem again
            }
        } finally {
            if (example.getState() != Bundle.UNINSTALLED) {
                example.uninstall();
            }
        }
    }

    @Test
    public void aCallRunningWhileTheConnectorLeavesFailsCleanly() throws Exception {
        ManagedConnection<Connection> shared = connections().singleton("jdbc", Map.of("url", URL, "user", "sa",
                "password", ADMIN_PASSWORD, "name", "mid-query"));
        Connection connection = shared.get();
        Thread stopper = new Thread(() -> {
            try {
                await("the long query runs", () -> isRunning(observer, "SYSTEM_RANGE(1, 200000000)"));
                jdbcBundle.stop();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        stopper.start();
        try {
            queryInt(connection, "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 200000000) WHERE RAND() < 2");
            fail("the query survived its connection being closed");
        } catch (SQLException e) {
            assertTrue(e.getMessage(), e.getMessage().toLowerCase().contains("closed")
                    || e.getMessage().toLowerCase().contains("cancel"));
        }
        stopper.join();
        try {
            shared.get();
            fail("handed out a connection without its connector");
        } catch (ConnectorUnavailableException expected) {
            // callers get a clear error until the connector returns
        }
    }

    /** @return whether H2 is executing a statement that contains the text, on any session */
    private static boolean isRunning(Connection observer, String text) {
        try (PreparedStatement running = observer.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE EXECUTING_STATEMENT LIKE ?")) {
            running.setString(1, "%" + text + "%");
            try (ResultSet count = running.executeQuery()) {
                return count.next() && count.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
