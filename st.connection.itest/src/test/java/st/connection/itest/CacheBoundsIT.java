package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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

@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CacheBoundsIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:bounds;DB_CLOSE_DELAY=-1";

    @Configuration
    public Option[] config() {
        return frameworkFor(CacheBoundsIT.class);
    }

    private static void bound(Map<String, Object> properties) throws Exception {
        service(ConfigurationAdmin.class).getConfiguration("st.connection.cache", "?")
                .update(new java.util.Hashtable<>(properties));
    }

    private static CacheStatistics statistics(String connection) {
        return service(QueryCache.class).statistics().stream().filter(s -> s.connection().equals(connection))
                .findFirst().orElseThrow();
    }

    @Test
    public void aFullCacheEvictsRatherThanGrowsAndLargeResultsAreServedButNotCached() throws Exception {
        try (Connection observer = createDatabase(URL)) {
            countExecutions(observer);
            bound(Map.of("heap.entries", "5", "max.rows", "2"));
            await("the cache is rebuilt with 5 entries", () -> logOfQuietly().contains("heapEntries=5"));
            ManagedConnection<Connection> shared = connections().singleton("jdbc", Map.of("name", "bounded",
                    "url", URL, "user", "sa", "password", ADMIN_PASSWORD, "ttl", "60", "cache.scope", "shared"));

            for (int i = 0; i < 20; i++) {
                queryInt(shared.get(), "SELECT " + i + " FROM ITEMS WHERE ID = 1");
            }
            CacheStatistics statistics = statistics("bounded");
            assertTrue("at most 5 entries, was " + statistics.entries(), statistics.entries() <= 5);
            assertTrue("evicted at least 15, was " + statistics.evictions(), statistics.evictions() >= 15);

            String large = "SELECT ID FROM ITEMS ORDER BY ID";
            for (int i = 0; i < 2; i++) {
                try (Statement statement = shared.get().createStatement();
                        ResultSet rows = statement.executeQuery(large)) {
                    int count = 0;
                    while (rows.next()) {
                        count++;
                    }
                    assertEquals("every row is served", 3, count);
                }
            }
            assertEquals("three rows are over the limit of two: never cached", 2, executions(observer, large));
        }
    }

    @Test
    public void malformedBoundsAreReportedAndDefaultsKept() throws Exception {
        bound(Map.of("heap.entries", "-3", "max.rows", "lots"));
        await("both problems are reported", () -> connections().configurationProblems().stream()
                .filter(p -> p.pid().equals("st.connection.cache")).count() == 2);
        bound(Map.of("heap.entries", "100"));
        await("the problems clear", () -> connections().configurationProblems().stream()
                .noneMatch(p -> p.pid().equals("st.connection.cache")));
    }

    private static String logOfQuietly() {
        try {
            return logOf(CacheBoundsIT.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
