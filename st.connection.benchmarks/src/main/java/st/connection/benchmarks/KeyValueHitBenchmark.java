package st.connection.benchmarks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import org.openjdk.jmh.infra.BenchmarkParams;

import st.connection.api.ManagedConnection;
import st.connection.example.KeyValueSession;

/**
 * A cache hit through a cache adapter that is not JDBC: {@code get} of the example's key-value
 * sessions through the example cache adapter, on a shared connection with a {@code ttl}, against
 * a {@link ConcurrentHashMap} lookup of the same key. Goal: within 2x of the map.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class KeyValueHitBenchmark {

    private BenchmarkPlatform platform;
    private ManagedConnection<KeyValueSession> cached;
    private final Map<String, String> map = new ConcurrentHashMap<>();

    @Setup
    @SuppressWarnings("unchecked")
    public void open() {
        platform = BenchmarkPlatform.startWithExampleAdapter();
        cached = (ManagedConnection<KeyValueSession>) (ManagedConnection<?>) platform.connections().singleton("kv",
                Map.of("name", "bench-kv", "store", "bench", "ttl", "3600", "cache.scope", "shared"));
        cached.get().put("greeting", "hello");
        map.put("greeting", "hello");
    }

    @TearDown
    public void close(BenchmarkParams params) {
        platform.requireCacheHits("bench-kv", params.getBenchmark().endsWith(".cacheHit"));
        platform.close();
    }

    @Benchmark
    public String cacheHit() {
        return cached.get().get("greeting");
    }

    @Benchmark
    public String concurrentHashMap() {
        return map.get("greeting");
    }
}
