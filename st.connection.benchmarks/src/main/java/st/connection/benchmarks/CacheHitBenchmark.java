package st.connection.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

import st.connection.api.ManagedConnection;

/**
 * A cache hit for a 100-row x 6-column and a 1-row query (fresh statement, every cell read) through
 * a shared connection with {@code ttl}, against the same query on the same in-memory H2 database
 * through H2's own connection, without st.connection, and against the physical ceiling: the same
 * rows from a {@link ConcurrentHashMap}, read cell by cell alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CacheHitBenchmark {

    private static final String URL = "jdbc:h2:mem:hits;DB_CLOSE_DELAY=-1";

    /** Which query: {@link BenchData#ORDERS} or {@link BenchData#ONE_ORDER}. */
    @Param({"ORDERS", "ONE_ORDER"})
    public String query;

    private String sql;
    private BenchmarkPlatform platform;
    private ManagedConnection<Connection> cached;
    private Connection h2;
    private final Map<String, Object[][]> ceiling = new ConcurrentHashMap<>();

    @Setup
    public void open() throws SQLException {
        platform = BenchmarkPlatform.start();
        h2 = platform.rawH2(URL);
        BenchData.createOrders(h2);
        sql = query.equals("ORDERS") ? BenchData.ORDERS : BenchData.ONE_ORDER;
        ceiling.put(sql, BenchData.read(h2, sql));
        cached = platform.connections().singleton("jdbc", Map.of("name", "bench-hits", "url", URL, "user", "sa",
                "password", "", "ttl", "3600", "cache.scope", "shared"));
    }

    @TearDown
    public void close(BenchmarkParams params) throws SQLException {
        platform.requireCacheHits("bench-hits", params.getBenchmark().endsWith(".cacheHit"));
        h2.close();
        platform.close();
    }

    @Benchmark
    public void cacheHit(Blackhole sink) throws SQLException {
        BenchData.query(cached.get(), sql, sink);
    }

    @Benchmark
    public void concurrentHashMap(Blackhole sink) {
        for (Object[] row : ceiling.get(sql)) {
            for (Object cell : row) {
                sink.consume(cell);
            }
        }
    }

    @Benchmark
    public void h2InMemoryUncached(Blackhole sink) throws SQLException {
        BenchData.query(h2, sql, sink);
    }
}
