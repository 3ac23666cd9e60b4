package st.connection.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import st.connection.api.CacheStatistics;
import st.connection.api.ManagedConnection;

/**
 * A write (an {@code UPDATE} of one row) on a connection whose cache holds 10,000 results, against
 * the same write on a connection without a {@code ttl}. The write invalidates what the connection
 * cached; goal: at most 2x the plain write, whatever the cache holds (it walks none of it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class WriteBenchmark {

    static final int CACHED_RESULTS = 10_000;
    private static final String URL = "jdbc:h2:mem:writes;DB_CLOSE_DELAY=-1";
    private static final String WRITE = "UPDATE ORDERS SET RATE = RATE + 1 WHERE ID = 42";

    private BenchmarkPlatform platform;
    private ManagedConnection<Connection> cached;
    private ManagedConnection<Connection> plain;

    @Setup
    public void open() throws SQLException {
        platform = BenchmarkPlatform.start();
        try (Connection h2 = platform.rawH2(URL)) {
            BenchData.createOrders(h2);
        }
        cached = platform.connections().singleton("jdbc", Map.of("name", "bench-writes-cached", "url", URL, "user", "sa",
                "password", "", "ttl", "3600", "cache.scope", "shared"));
        plain = platform.connections().singleton("jdbc", Map.of("name", "bench-writes-plain", "url", URL, "user", "sa",
                "password", "", "ttl", "0"));
        try (Statement statement = cached.get().createStatement()) {
            for (int i = 0; i < CACHED_RESULTS; i++) {
                statement.executeQuery("SELECT ID, AMOUNT FROM ORDERS WHERE ID = " + (i % 100 + 1) + " AND " + i + " = "
                        + i).close();
            }
        }
        long entries = platform.queryCache().statistics().stream()
                .filter(s -> s.connection().equals("bench-writes-cached")).mapToLong(CacheStatistics::entries).sum();
        if (entries < CACHED_RESULTS) {
            throw new IllegalStateException("the cache holds " + entries + " results, not " + CACHED_RESULTS);
        }
    }

    @TearDown
    public void close() {
        platform.close();
    }

    @Benchmark
    public int writeWithTenThousandCachedResults() throws SQLException {
        try (Statement statement = cached.get().createStatement()) {
            return statement.executeUpdate(WRITE);
        }
    }

    @Benchmark
    public int writeWithoutTtl() throws SQLException {
        try (Statement statement = plain.get().createStatement()) {
            return statement.executeUpdate(WRITE);
        }
    }
}
