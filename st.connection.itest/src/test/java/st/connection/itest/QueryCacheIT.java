package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
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

import st.connection.api.CacheStatistics;
import st.connection.api.FormField;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.QueryCache;
import st.connection.api.UserConnections;

/** Proves with H2's own execution counts what the cache answers and what reaches the database. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class QueryCacheIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:cache;DB_CLOSE_DELAY=-1";
    private static final String COUNT_ITEMS = "SELECT COUNT(*) FROM ITEMS";

    private Connection observer;

    @Configuration
    public Option[] config() {
        return frameworkFor(QueryCacheIT.class);
    }

    @Before
    public void createDatabase() throws SQLException {
        observer = createDatabase(URL);
        try (Statement statement = observer.createStatement()) {
            statement.execute("CREATE USER IF NOT EXISTS BOB PASSWORD 'bob-itest-secret'");
            statement.execute("GRANT SELECT ON ITEMS TO BOB");
        }
        countExecutions(observer);
    }

    @After
    public void closeObserver() throws SQLException {
        service(QueryCache.class).invalidateAll();
        observer.close();
    }

    private ManagedConnection<Connection> shared(String name, String ttl, String scope) {
        return connections().singleton("jdbc", Map.of("name", name, "url", URL, "user", "sa",
                "password", ADMIN_PASSWORD, "ttl", ttl, "cache.scope", scope));
    }

    private static CacheStatistics statistics(String connection, String scope) {
        return service(QueryCache.class).statistics().stream()
                .filter(s -> s.connection().equals(connection) && s.scope().equals(scope)).findFirst()
                .orElseThrow(() -> new AssertionError("no statistics for " + connection + "/" + scope));
    }

    @Test
    public void aHitNeverReachesTheDatabaseUntilTheTtlExpires() throws Exception {
        ManagedConnection<Connection> shared = shared("ttl-shared", "60", "shared");
        String sql = "SELECT NAME FROM ITEMS ORDER BY ID";
        for (int i = 0; i < 5; i++) {
            assertEquals("one", queryString(shared.get(), sql));
        }
        assertEquals("four hits, one execution", 1, executions(observer, sql));
        CacheStatistics statistics = statistics("ttl-shared", "shared");
        assertEquals(4, statistics.hits());
        assertEquals(1, statistics.misses());
        assertEquals(1, statistics.entries());
        assertTrue(statistics.approximateBytes() > 0);
    }

    /**
     * The time to live is measured, not raced: the query may run again only once a second has
     * passed since the first read began, and must within the wait's bound.
     */
    @Test
    public void theQueryRunsAgainOnceTheTtlIsOverAndNotBefore() throws Exception {
        ManagedConnection<Connection> shared = shared("ttl-expiry", "1", "shared");
        String sql = "SELECT NAME FROM ITEMS WHERE ID = 2";
        long firstRead = System.nanoTime();
        assertEquals("two", queryString(shared.get(), sql));
        await("the one second time to live ends and the query runs again", () -> {
            long before = System.nanoTime();
            try {
                queryString(shared.get(), sql);
                if (executions(observer, sql) == 1) {
                    return false;
                }
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            assertTrue("ran again only after the time to live", before - firstRead >= 1_000_000_000L);
            return true;
        });
    }

    @Test
    public void noTtlMeansNoCaching() throws Exception {
        ManagedConnection<Connection> plain = shared("no-ttl", "0", "shared");
        String sql = "SELECT ID FROM ITEMS WHERE NAME = 'two'";
        for (int i = 0; i < 3; i++) {
            assertEquals(2, queryInt(plain.get(), sql));
        }
        assertEquals(3, executions(observer, sql));
    }

    @Test
    public void bindsAreKeyedByTypeAndValue() throws Exception {
        ManagedConnection<Connection> shared = shared("binds", "60", "shared");
        String sql = "SELECT NAME FROM ITEMS WHERE ID = ?";
        assertEquals("one", named(shared.get(), sql, statement -> statement.setInt(1, 1)));
        assertEquals("one", named(shared.get(), sql, statement -> statement.setInt(1, 1)));
        assertEquals(1, executions(observer, sql));
        assertEquals("one", named(shared.get(), sql, statement -> statement.setLong(1, 1)));
        assertEquals("two", named(shared.get(), sql, statement -> statement.setInt(1, 2)));
        assertEquals("a Long 1 and an Integer 2 are other keys", 3, executions(observer, sql));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static String named(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    @Test
    public void oneUserNeverSeesAnotherUsersCachedRows() throws Exception {
        LoginForm form = new LoginForm("cached-form", "jdbc", "Cached", List.of(FormField.text("user", ""),
                FormField.secret("password")), Map.of("url", "jdbc:h2:mem:cache"), 60);
        UserConnections alice = connections().user("cache-alice");
        UserConnections bob = connections().user("cache-bob");
        ManagedConnection<Connection> aliceConnection = alice.login(form,
                new HashMap<>(Map.of("user", "alice", "password", ALICE_PASSWORD)));
        ManagedConnection<Connection> bobConnection = bob.login(form,
                new HashMap<>(Map.of("user", "bob", "password", "bob-itest-secret")));
        String sql = "SELECT CURRENT_USER";
        for (int i = 0; i < 3; i++) {
            assertEquals("ALICE", queryString(aliceConnection.get(), sql));
            assertEquals("BOB", queryString(bobConnection.get(), sql));
        }
        assertEquals("each user's query ran once", 2, executions(observer, sql));
        assertEquals(4, statistics("cached-form", "session").hits());

        alice.logout("cached-form");
        assertEquals("BOB", queryString(bobConnection.get(), sql));
        assertEquals("bob's entry survives alice's logout", 2, executions(observer, sql));
        ManagedConnection<Connection> aliceAgain = alice.login(form,
                new HashMap<>(Map.of("user", "alice", "password", ALICE_PASSWORD)));
        assertEquals("ALICE", queryString(aliceAgain.get(), sql));
        assertEquals("alice's results went with her logout", 3, executions(observer, sql));

        bob.end();
        ManagedConnection<Connection> bobAgain = connections().user("cache-bob-again").login(form,
                new HashMap<>(Map.of("user", "bob", "password", "bob-itest-secret")));
        assertEquals("BOB", queryString(bobAgain.get(), sql));
        assertEquals("bob's results went with his session", 4, executions(observer, sql));
        alice.end();
        connections().user("cache-bob-again").end();
    }

    @Test
    public void aSharedConnectionCachesPerSessionByDefault() throws Exception {
        shared("per-session", "60", "session").get();
        String sql = "SELECT NAME FROM ITEMS WHERE ID = 3";
        ManagedConnection<Connection> first = connections().user("session-one").shared("per-session");
        ManagedConnection<Connection> second = connections().user("session-two").shared("per-session");
        for (int i = 0; i < 3; i++) {
            assertEquals("three", queryString(first.get(), sql));
            assertEquals("three", queryString(second.get(), sql));
        }
        assertEquals("one execution per session", 2, executions(observer, sql));
        assertEquals(2, statistics("per-session", "session").entries());

        ManagedConnection<Connection> withoutSession = shared("per-session", "60", "session");
        queryString(withoutSession.get(), sql);
        queryString(withoutSession.get(), sql);
        assertEquals("callers without a session are not cached in session scope", 4, executions(observer, sql));
    }

    @Test
    public void aWriteClearsTheCacheForEveryScope() throws Exception {
        ManagedConnection<Connection> shared = shared("writes", "60", "shared");
        assertEquals(3, queryInt(shared.get(), COUNT_ITEMS));
        assertEquals(3, queryInt(shared.get(), COUNT_ITEMS));
        int before = executions(observer, COUNT_ITEMS);
        try (Statement statement = shared.get().createStatement()) {
            assertEquals(1, statement.executeUpdate("INSERT INTO ITEMS VALUES (4, 'four')"));
        }
        assertEquals("the write is read back at once", 4, queryInt(shared.get(), COUNT_ITEMS));
        assertEquals(before + 1, executions(observer, COUNT_ITEMS));
        try (Statement statement = shared.get().createStatement()) {
            statement.execute("DELETE FROM ITEMS WHERE ID = 4");
        }
        assertEquals(3, queryInt(shared.get(), COUNT_ITEMS));
    }

    /** A personal connection: a shared one refuses to change its schema (it would change it for every caller). */
    @Test
    public void changingTheSchemaChangesTheKey() throws Exception {
        try (Statement statement = observer.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS OTHER");
            statement.execute("CREATE TABLE IF NOT EXISTS OTHER.ITEMS(ID INT)");
        }
        LoginForm form = new LoginForm("schemas", "jdbc", "Schemas", List.of(FormField.text("user", ""),
                FormField.secret("password")), Map.of("url", "jdbc:h2:mem:cache"), 60);
        UserConnections session = connections().user("schemas-session");
        ManagedConnection<Connection> mine = session.login(form,
                new HashMap<>(Map.of("user", "sa", "password", ADMIN_PASSWORD)));
        assertEquals(3, queryInt(mine.get(), COUNT_ITEMS));
        mine.get().setSchema("OTHER");
        assertEquals("the other schema's table, not the cached count", 0, queryInt(mine.get(), COUNT_ITEMS));
        try (Statement statement = mine.get().createStatement()) {
            statement.execute("SET SCHEMA PUBLIC");
        }
        assertEquals(3, queryInt(mine.get(), COUNT_ITEMS));
        session.end();
    }

    @Test
    public void concurrentIdenticalMissesRunTheQueryOnce() throws Exception {
        ManagedConnection<Connection> shared = shared("single-flight", "60", "shared");
        String slow = "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 2000000) WHERE MOD(X, 7) < 7";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CyclicBarrier together = new CyclicBarrier(8);
        try {
            // all eight ask at once: without the barrier they might ask one after another, each a hit
            List<Future<Integer>> results = pool.invokeAll(Collections.nCopies(8, (Callable<Integer>) () -> {
                together.await(30, TimeUnit.SECONDS);
                return queryInt(shared.get(), slow);
            }));
            for (Future<Integer> result : results) {
                assertEquals(2_000_000, (int) result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("eight callers, one execution", 1, executions(observer, slow));
    }

    @Test
    public void invalidatingAConnectionMakesItsNextReadRun() throws Exception {
        ManagedConnection<Connection> shared = shared("invalidated", "60", "shared");
        String sql = "SELECT MAX(ID) FROM ITEMS";
        queryInt(shared.get(), sql);
        queryInt(shared.get(), sql);
        service(QueryCache.class).invalidate("invalidated");
        queryInt(shared.get(), sql);
        assertEquals(2, executions(observer, sql));
        assertNotEquals(0, statistics("invalidated", "shared").misses());
    }
}
