package st.connection.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import st.connection.api.ManagedConnection;
import st.connection.api.QueryCache;

/**
 * A cache miss on a 10,000-row x 10-column query: run, materialized into the cache and read
 * cell by cell from the cached result, against running it on H2's own connection and only
 * iterating the result set, reading every cell. Goal: the miss under 1.5x.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = "-Xmx2g")
public class MissBenchmark {

    private static final String URL = "jdbc:h2:mem:misses;DB_CLOSE_DELAY=-1";

    private BenchmarkPlatform platform;
    private QueryCache cache;
    private ManagedConnection<Connection> cached;
    private Connection h2;

    @Setup
    public void open() throws SQLException {
        platform = BenchmarkPlatform.start();
        cache = platform.queryCache();
        h2 = platform.rawH2(URL);
        BenchData.createWide(h2);
        cached = platform.connections().singleton("jdbc", Map.of("name", "bench-misses", "url", URL, "user", "sa",
                "password", "", "ttl", "3600", "cache.scope", "shared"));
    }

    /** Every call of {@link #missMaterializing} must miss. */
    @Setup(Level.Invocation)
    public void forget() {
        cache.invalidateAll();
    }

    @TearDown
    public void close() throws SQLException {
        platform.requireCacheHits("bench-misses", false);
        h2.close();
        platform.close();
    }

    @Benchmark
    public void missMaterializing(Blackhole sink) throws SQLException {
        BenchData.query(cached.get(), BenchData.WIDE, sink);
    }

    @Benchmark
    public void iterateOnly(Blackhole sink) throws SQLException {
        BenchData.query(h2, BenchData.WIDE, sink);
    }
}
