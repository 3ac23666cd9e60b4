package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
import org.osgi.framework.ServiceReference;

import st.connection.api.ConnectionStatus;
import st.connection.api.ManagedConnection;

@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SingletonConnectionIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:singletons;DB_CLOSE_DELAY=-1";
    private static final int THREADS = 16;

    private Connection observer;

    @Configuration
    public Option[] config() {
        return frameworkFor(SingletonConnectionIT.class);
    }

    @Before
    public void createDatabase() throws SQLException {
        observer = createDatabase(URL);
    }

    @After
    public void closeObserver() throws SQLException {
        observer.close();
    }

    private ManagedConnection<Connection> shared(String name, long validationIntervalMillis) {
        return connections().singleton("jdbc", Map.of("name", name, "url", URL, "user", "sa",
                "password", ADMIN_PASSWORD, "validation.interval", String.valueOf(validationIntervalMillis)));
    }

    @Test
    public void sameConnectorAndParametersGiveTheSameHandle() {
        ManagedConnection<Connection> first = shared("same", 500);
        ManagedConnection<Connection> second = shared("same", 500);
        ManagedConnection<Connection> other = shared("other", 500);
        assertSame(first, second);
        assertNotEquals(first, other);
        assertSame(first.get(), second.get());
    }

    @Test
    public void closingTheHandedOutConnectionLeavesTheSharedOneOpen() throws SQLException {
        ManagedConnection<Connection> shared = shared("try-with-resources", 500);
        try (Connection connection = shared.get()) {
            assertEquals(3, queryInt(connection, "SELECT COUNT(*) FROM ITEMS"));
        }
        assertFalse(shared.get().isClosed());
        assertEquals(3, queryInt(shared.get(), "SELECT COUNT(*) FROM ITEMS"));
    }

    @Test
    public void reopensOnceForManyThreadsAfterTheSessionWasKilled() throws Exception {
        ManagedConnection<Connection> shared = shared("killed-many", 0);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier together = new CyclicBarrier(THREADS);
        try {
            for (int round = 1; round <= 3; round++) {
                killSession(observer, sessionId(shared.get()));
                // each batch of THREADS callers finds the dead connection at once, not one after another
                List<Future<Integer>> results = pool.invokeAll(Collections.nCopies(THREADS * 4, (Callable<Integer>) () -> {
                    together.await(30, TimeUnit.SECONDS);
                    return queryInt(shared.get(), "SELECT COUNT(*) FROM ITEMS");
                }));
                for (Future<Integer> result : results) {
                    assertEquals("every caller got a working connection", 3, (int) result.get());
                }
                assertEquals("one reopen per kill, shared by all callers", round, shared.status().reopenCount());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void checksAtOnceAfterAFailedCallInsteadOfWaitingForTheInterval() throws Exception {
        ManagedConnection<Connection> shared = shared("killed-window", 600_000);
        Connection before = shared.get();
        int killed = sessionId(before);
        killSession(observer, killed);
        try {
            queryInt(shared.get(), "SELECT 1");
            fail("the killed session still answered");
        } catch (SQLException expected) {
            // the failure is reported to the handle by the connection view
        }
        Connection after = shared.get();
        assertNotEquals("a new session, long before the 10 minute interval ended", killed, sessionId(after));
        assertEquals(1, shared.status().reopenCount());
        assertEquals(ConnectionStatus.State.OPEN, shared.status().state());
    }

    @Test
    public void configurationRegistersAServiceWithoutSecretsAndDeletingItClosesTheConnection() throws Exception {
        int before = sessionCount(observer);
        org.osgi.service.cm.Configuration configuration = configure("st.connection.singleton", Map.of(
                "name", "configured", "connector", "jdbc", "url", URL, "user", "sa", "password", ADMIN_PASSWORD));
        ManagedConnection<?> configured = service(ManagedConnection.class, "(st.connection.name=configured)");
        assertEquals(3, queryInt(jdbc(configured).get(), "SELECT COUNT(*) FROM ITEMS"));
        assertEquals(before + 1, sessionCount(observer));

        ServiceReference<?> reference = context().getServiceReferences(ManagedConnection.class.getName(),
                "(st.connection.name=configured)")[0];
        for (String key : reference.getPropertyKeys()) {
            assertFalse("service property " + key + " is a secret", key.toLowerCase().contains("password"));
            assertFalse("service property " + key + " holds the password",
                    String.valueOf(reference.getProperty(key)).contains(ADMIN_PASSWORD));
        }
        assertEquals("jdbc", reference.getProperty("st.connection.connector"));

        configuration.delete();
        await("the service is withdrawn", () -> {
            try {
                return !hasService(ManagedConnection.class, "(st.connection.name=configured)");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        await("its H2 session is closed", () -> {
            try {
                return sessionCount(observer) == before;
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(connections().singletons().stream().noneMatch(c -> c.name().equals("configured")));
    }
}
