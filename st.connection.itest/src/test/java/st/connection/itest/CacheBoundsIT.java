package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Hashtable;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

import st.connection.api.CacheStatistics;
import st.connection.api.ManagedConnection;
import st.connection.api.QueryCache;

/** The cache keeps within its byte budget, and results over its row limit are served but not cached. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CacheBoundsIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:bounds;DB_CLOSE_DELAY=-1";
    private static final long MEGABYTE = 1024 * 1024;

    @Configuration
    public Option[] config() {
        return frameworkFor(CacheBoundsIT.class);
    }

    private static void bound(Map<String, Object> properties) throws Exception {
        service(ConfigurationAdmin.class).getConfiguration("st.connection.cache", "?").update(new Hashtable<>(properties));
    }

    private static CacheStatistics statistics(String connection) {
        return service(QueryCache.class).statistics().stream().filter(s -> s.connection().equals(connection))
                .findFirst().orElseThrow();
    }

    private static int readAll(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int count = 0;
            while (rows.next()) {
                rows.getString(2);
                count++;
            }
            return count;
        }
    }

    @Test
    public void theCacheKeepsWithinItsByteBudgetByEvictingAndServesLargeResultsWithoutCachingThem() throws Exception {
        try (Connection observer = createDatabase(URL); Statement setup = observer.createStatement()) {
            setup.execute("CREATE TABLE IF NOT EXISTS WIDE(ID INT PRIMARY KEY, TEXT VARCHAR(2000))");
            setup.execute("MERGE INTO WIDE SELECT X, REPEAT('x', 1000) FROM SYSTEM_RANGE(1, 300)");
            countExecutions(observer);
            bound(Map.of("heap.megabytes", "1", "max.rows", "100"));
            await("the cache is rebuilt with 1 MB", () -> logOf(CacheBoundsIT.class).contains("1 MB of heap, results of at most 100 rows"));
            ManagedConnection<Connection> shared = jdbc(connections().singleton("jdbc", Map.of("name", "bounded",
                    "url", URL, "user", "sa", "password", ADMIN_PASSWORD, "ttl", "600", "cache.scope", "shared")));

            for (int i = 0; i < 40; i++) {
                assertEquals(100, readAll(shared.get(), "SELECT ID, TEXT FROM WIDE WHERE ID > " + i + " ORDER BY ID LIMIT 100"));
            }
            CacheStatistics statistics = statistics("bounded");
            assertTrue("about 200 KB a result, 40 results: evicted, " + statistics, statistics.evictions() >= 30);
            assertTrue("within the megabyte, " + statistics, statistics.approximateBytes() <= MEGABYTE);
            assertTrue("something stays cached, " + statistics, statistics.entries() >= 1);

            String large = "SELECT ID, TEXT FROM WIDE ORDER BY ID";
            assertEquals("every row is served", 300, readAll(shared.get(), large));
            assertEquals("every row is served again", 300, readAll(shared.get(), large));
            assertEquals("300 rows are over the limit of 100: never cached", 2, executions(observer, large));
        } finally {
            bound(Map.of());
        }
    }

    @Test
    public void malformedAndRetiredBoundsAreReportedAndDefaultsKept() throws Exception {
        bound(Map.of("heap.megabytes", "-3", "max.rows", "lots", "heap.entries", "100"));
        await("three problems are reported", () -> connections().configurationProblems().stream()
                .filter(p -> p.pid().equals("st.connection.cache")).count() == 3);
        assertTrue(connections().configurationProblems().stream().anyMatch(p -> p.key().equals("heap.entries")
                && p.expected().contains("heap.megabytes")));
        bound(Map.of("heap.megabytes", "16"));
        await("the problems clear", () -> connections().configurationProblems().stream()
                .noneMatch(p -> p.pid().equals("st.connection.cache")));
    }
}
