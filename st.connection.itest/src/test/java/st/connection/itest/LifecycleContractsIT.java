package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

import st.connection.api.ConnectionException;
import st.connection.api.ConnectionFailedException;
import st.connection.api.Connector;
import st.connection.api.FormField;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.UserConnections;

/**
 * The contracts a caller relies on, in a real framework: what a connector receives, what the
 * console's Metatype says, shared connections that stay the same for every caller and that a
 * bundle can release, typed handles, and connections closed when their JDBC driver bundle leaves.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LifecycleContractsIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:contracts;DB_CLOSE_DELAY=-1";

    private Connection observer;

    @Configuration
    public Option[] config() {
        return frameworkFor(LifecycleContractsIT.class);
    }

    @Before
    public void createDatabase() throws SQLException {
        observer = createDatabase(URL);
    }

    @After
    public void closeObserver() throws Exception {
        installedBundle("com.h2database").start();
        observer.close();
    }

    /** A connector that records the parameters of every connect. */
    static class RecordingConnector implements Connector<Object> {
        final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

        @Override
        public Class<Object> type() {
            return Object.class;
        }

        @Override
        public Object connect(Map<String, Object> params) {
            received.add(new HashMap<>(params));
            return new Object();
        }

        @Override
        public boolean isOpen(Object connection) {
            return true;
        }

        @Override
        public void close(Object connection) {
        }
    }

    @Test
    public void aConfiguredConnectionsConnectorReceivesOnlyTheConfiguredKeys() throws Exception {
        RecordingConnector recording = new RecordingConnector();
        ServiceRegistration<?> registration = context().registerService(Connector.class, recording,
                new Hashtable<>(Map.of(Connector.NAME, "recording")));
        org.osgi.service.cm.Configuration configuration = configure("st.connection.singleton", Map.of(
                "name", "recorded", "connector", "recording", "endpoint", "somewhere", "user", "sa"));
        try {
            ManagedConnection<?> recorded = service(ManagedConnection.class, "(st.connection.name=recorded)");
            assertNotNull(recorded.get());
            assertEquals(List.of(Map.of("endpoint", "somewhere", "user", "sa")), recording.received);
        } finally {
            configuration.delete();
            registration.unregister();
        }
    }

    @Test
    public void theMetatypeTheConsoleShowsAgreesWithWhatIsRead() {
        Bundle core = installedBundle("st.connection.core");
        var information = service(MetaTypeService.class).getMetaTypeInformation(core);
        ObjectClassDefinition shared = information.getObjectClassDefinition("st.connection.singleton", null);
        assertNull("connector is required, as the README and the reader say", defaultOf(shared, "connector"));
        assertEquals("500", defaultOf(shared, "validation.interval"));
        assertEquals("1000", defaultOf(shared, "retry.delay"));
        assertEquals("{name} ({connector})", defaultOf(shared, "webconsole.configurationFactory.nameHint"));
        assertEquals(AttributeDefinition.PASSWORD, attribute(shared, "password").getType());
        assertTrue(Arrays.asList(information.getFactoryPids()).containsAll(List.of("st.connection.singleton",
                "st.connection.login")));

        ObjectClassDefinition form = information.getObjectClassDefinition("st.connection.login", null);
        assertNull(defaultOf(form, "connector"));
        assertNull("fields are required", defaultOf(form, "fields"));
        assertEquals("500", defaultOf(form, "validation.interval"));
        assertEquals("{name} ({connector})", defaultOf(form, "webconsole.configurationFactory.nameHint"));

        ObjectClassDefinition personal = information.getObjectClassDefinition("st.connection.personal", null);
        assertEquals("60", defaultOf(personal, "idle.timeout"));
    }

    private static AttributeDefinition attribute(ObjectClassDefinition definition, String id) {
        return Arrays.stream(definition.getAttributeDefinitions(ObjectClassDefinition.ALL))
                .filter(a -> a.getID().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(definition.getID() + " has no attribute " + id));
    }

    private static String defaultOf(ObjectClassDefinition definition, String id) {
        String[] defaults = attribute(definition, id).getDefaultValue();
        return defaults == null || defaults.length == 0 ? null : defaults[0];
    }

    @Test
    public void oneCallerCannotChangeTheSharedConnectionForAnotherCaller() throws Exception {
        ManagedConnection<Connection> shared = connections().singleton("jdbc", Map.of("name", "shared-session",
                "url", URL, "user", "sa", "password", ADMIN_PASSWORD));
        try (Statement statement = observer.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS WRITES(ID INT)");
            statement.execute("DELETE FROM WRITES");
        }
        ExecutorService callers = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        try {
            Future<String> first = callers.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                try {
                    shared.get().setAutoCommit(false);
                    return "setAutoCommit(false) was accepted";
                } catch (SQLException refused) {
                    try (Statement statement = shared.get().createStatement()) {
                        statement.execute("SET AUTOCOMMIT FALSE");
                        return "SET AUTOCOMMIT FALSE was accepted";
                    } catch (SQLException alsoRefused) {
                        return refused.getMessage();
                    }
                }
            });
            Future<Integer> second = callers.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                try (Statement statement = shared.get().createStatement()) {
                    return statement.executeUpdate("INSERT INTO WRITES VALUES (1)");
                }
            });
            assertEquals("The shared connection 'shared-session' refuses setAutoCommit(...), which would change it for "
                    + "every caller; use a personal connection, or set session settings in its configuration.",
                    first.get(10, TimeUnit.SECONDS));
            assertEquals(1, (int) second.get(10, TimeUnit.SECONDS));
        } finally {
            callers.shutdownNow();
        }
        assertTrue(shared.get().getAutoCommit());
        assertEquals("the other caller's write is committed, not held in someone's transaction", 1,
                queryInt(observer, "SELECT COUNT(*) FROM WRITES"));
    }

    @Test
    public void aBundleReleasesASharedConnectionItAskedFor() throws Exception {
        int before = sessionCount(observer);
        ManagedConnection<Connection> mine = connections().singleton("jdbc", Map.of("name", "released", "url", URL,
                "user", "sa", "password", ADMIN_PASSWORD));
        assertEquals(3, queryInt(mine.get(), "SELECT COUNT(*) FROM ITEMS"));
        assertEquals(before + 1, sessionCount(observer));

        connections().release(mine);
        assertEquals("its H2 session is closed", before, sessionCount(observer));
        assertTrue(connections().singletons().stream().noneMatch(c -> c.name().equals("released")));
        try {
            mine.get();
            fail("a released connection was handed out");
        } catch (ConnectionException expected) {
            assertEquals("The shared connection 'released' was closed.", expected.getMessage());
        }
    }

    @Test
    public void aTypedHandleRefusesAConnectorOfAnotherType() {
        try {
            connections().singleton("jdbc", String.class, Map.of("url", URL));
            fail("a String handle on a JDBC connector");
        } catch (IllegalArgumentException expected) {
            assertEquals("The connector 'jdbc' opens java.sql.Connection, not java.lang.String.", expected.getMessage());
        }
    }

    @Test
    public void theDerivedNameOfASharedConnectionDoesNotDependOnItsPassword() {
        ManagedConnection<Connection> one = connections().singleton("jdbc", Map.of("url", URL, "user", "sa",
                "password", ADMIN_PASSWORD));
        String name = one.name();
        connections().release(one);
        ManagedConnection<Connection> other = connections().singleton("jdbc", Map.of("url", URL, "user", "sa",
                "password", "another-password"));
        assertEquals(name, other.name());
        connections().release(other);
    }

    @Test
    public void connectionsOfAJdbcDriverBundleThatStopsAreClosed() throws Exception {
        int before = sessionCount(observer);
        ManagedConnection<Connection> shared = connections().singleton("jdbc", Map.of("name", "driver-stops",
                "url", URL, "user", "sa", "password", ADMIN_PASSWORD, "validation.interval", "600000"));
        assertEquals(3, queryInt(shared.get(), "SELECT COUNT(*) FROM ITEMS"));
        UserConnections person = connections().user("driver-stops-person");
        LoginForm form = new LoginForm("driver-form", "jdbc", "the database", List.of(FormField.text("user", ""),
                FormField.secret("password")), Map.of("url", "jdbc:h2:mem:contracts"), 0);
        ManagedConnection<Connection> personal = person.login(form,
                new HashMap<>(Map.of("user", "ALICE", "password", ALICE_PASSWORD.toCharArray())));
        assertEquals(3, queryInt(personal.get(), "SELECT COUNT(*) FROM ITEMS"));
        assertEquals(before + 2, sessionCount(observer));

        Bundle h2 = installedBundle("com.h2database");
        h2.stop();
        assertEquals("only the observer's own session is left: every managed one closed while the driver stopped", 1,
                sessionCount(observer));
        assertEquals(Optional.empty(), person.current("driver-form"));
        try {
            shared.get();
            fail("a shared connection without a driver was handed out");
        } catch (ConnectionFailedException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().startsWith(
                    "Could not open the shared connection 'driver-stops': No installed JDBC driver accepts"));
        }

        h2.start();
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (true) {
            try {
                assertEquals(3, queryInt(shared.get(), "SELECT COUNT(*) FROM ITEMS"));
                break;
            } catch (ConnectionFailedException stillRemembered) {
                assertTrue("the shared connection opened again", System.currentTimeMillis() < deadline);
                Thread.sleep(100);
            }
        }
        person.end();
    }

    @Test
    public void aConnectorReturningNullFailsTheCallerWithASentence() {
        Connector<Object> broken = new RecordingConnector() {
            @Override
            public Object connect(Map<String, Object> params) {
                return null;
            }
        };
        ServiceRegistration<?> registration = context().registerService(Connector.class, broken,
                new Hashtable<>(Map.of(Connector.NAME, "returns-null")));
        ManagedConnection<Object> handle = connections().singleton("returns-null", Map.of("name", "null-handle"));
        try {
            handle.get();
            fail("get() returned " + null);
        } catch (ConnectionFailedException expected) {
            assertEquals("Could not open the shared connection 'null-handle': The connector 'returns-null' returned no "
                    + "connection.", expected.getMessage());
        } finally {
            registration.unregister();
        }
    }
}
