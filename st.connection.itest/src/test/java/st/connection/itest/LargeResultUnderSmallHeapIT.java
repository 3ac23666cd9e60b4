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

import st.connection.api.CacheStatistics;
import st.connection.api.ManagedConnection;
import st.connection.api.QueryCache;

/**
 * A result far larger than the heap reads through a connection with a {@code ttl} as it does
 * without one: the cache keeps at most {@code max.rows} of it and the rest comes from the
 * driver's cursor. Runs in a JVM of its own with {@code -Xmx256m} (the failsafe execution
 * {@code small-heap}); 20 million rows of about 60 bytes each would need more than 1 GB.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LargeResultUnderSmallHeapIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:large;DB_CLOSE_DELAY=-1;LAZY_QUERY_EXECUTION=TRUE";
    private static final long ROWS = 20_000_000;
    private static final String HUGE = "SELECT X, 'row number ' || X FROM SYSTEM_RANGE(1, " + ROWS + ")";

    @Configuration
    public Option[] config() {
        return frameworkFor(LargeResultUnderSmallHeapIT.class);
    }

    private static long readAll(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(HUGE)) {
            long count = 0;
            long sum = 0;
            while (rows.next()) {
                sum += rows.getLong(1);
                if (rows.getString(2).isEmpty()) {
                    throw new AssertionError("an empty row");
                }
                count++;
            }
            assertEquals("every row was read", ROWS * (ROWS + 1) / 2, sum);
            return count;
        }
    }

    @Test
    public void aResultLargerThanTheHeapReadsWithATtlAsWithout() throws Exception {
        long heap = Runtime.getRuntime().maxMemory();
        assertTrue("this test needs a small heap, has " + heap, heap <= 300L * 1024 * 1024);
        try (Connection observer = createDatabase(URL)) {
            ManagedConnection<Connection> plain = jdbc(connections().singleton("jdbc", Map.of("name", "large-plain",
                    "url", URL, "user", "sa", "password", ADMIN_PASSWORD)));
            ManagedConnection<Connection> cached = jdbc(connections().singleton("jdbc", Map.of("name", "large-cached",
                    "url", URL, "user", "sa", "password", ADMIN_PASSWORD, "ttl", "600", "cache.scope", "shared")));
            assertEquals(ROWS, readAll(plain.get()));
            assertEquals(ROWS, readAll(cached.get()));
            CacheStatistics statistics = service(QueryCache.class).statistics().stream()
                    .filter(s -> s.connection().equals("large-cached")).findFirst().orElseThrow();
            assertEquals("served, not cached: " + statistics, 0, statistics.entries());
            assertEquals(1, statistics.misses());
        }
    }
}
