package st.connection.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

import st.connection.api.ManagedConnection;
import st.connection.example.KeyValueSession;
import st.connection.snowflake.emulator.SnowflakeEmulator;
import st.connection.testing.TerracottaServer;

/**
 * A hit in the clustered tier (a Terracotta server from Ehcache's kit on loopback): {@code get} of
 * the example's key-value sessions on a shared connection of a node configured with a cluster, and
 * the 100-row x 6-column query on a shared Snowflake connection of that node (its result read back
 * from the tier's bytes and replayed through the driver), against the same {@code get} on a node
 * without a cluster (the node-local store), and against the query sent uncached through the
 * Snowflake driver to the emulator. Goal: the clustered hit at least 100x faster than the
 * emulator; the local hit is reported beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Duser.timezone=UTC", "-Dnet.snowflake.jdbc.ocspResponseCacheDir=target/snowflake-ocsp"})
public class ClusteredHitBenchmark {

    private static final Map<String, Object> KV = Map.of("name", "bench-kv", "store", "bench", "ttl", "3600",
            "cache.scope", "shared");

    private Path work;
    private TerracottaServer server;
    private SnowflakeEmulator emulator;
    private BenchmarkPlatform clusteredNode;
    private BenchmarkPlatform localNode;
    private ManagedConnection<KeyValueSession> clustered;
    private ManagedConnection<Connection> clusteredSnowflake;
    private ManagedConnection<KeyValueSession> local;
    private ManagedConnection<Connection> uncached;

    @Setup
    public void open() throws Exception {
        work = Files.createTempDirectory("st-connection-bench-cluster");
        server = new TerracottaServer(BenchmarkPlatform.targetDirectory().resolve("terracotta")
                .resolve("ehcache-clustered-3.10.8-kit"), work, "bench");
        server.start();
        try {
            startNodes();
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private void startNodes() throws Exception {
        emulator = SnowflakeEmulator.start();
        emulator.execute(BenchData.CREATE_ORDERS);
        emulator.execute(BenchData.FILL_ORDERS);
        clusteredNode = BenchmarkPlatform.startWithSnowflakeAndExampleAdapter();
        clusteredNode.configureCache(Map.of("cluster.uri", server.uri("bench")));
        clustered = (ManagedConnection<KeyValueSession>) (ManagedConnection<?>) clusteredNode.connections()
                .singleton("kv", KV);
        clustered.get().put("greeting", "hello");
        clusteredSnowflake = clusteredNode.connections().singleton("snowflake",
                BenchmarkPlatform.emulatorParams(emulator, "bench-sf-clustered", 3600));

        localNode = BenchmarkPlatform.startWithSnowflakeAndExampleAdapter();
        local = (ManagedConnection<KeyValueSession>) (ManagedConnection<?>) localNode.connections().singleton("kv", KV);
        local.get().put("greeting", "hello");
        uncached = localNode.connections().singleton("snowflake",
                BenchmarkPlatform.emulatorParams(emulator, "bench-sf-uncached", 0));
    }

    @TearDown
    public void close(BenchmarkParams params) throws Exception {
        try {
            clusteredNode.requireCacheHits("bench-kv", params.getBenchmark().endsWith(".clusteredHit"));
            clusteredNode.requireCacheHits("bench-sf-clustered",
                    params.getBenchmark().endsWith(".clusteredSnowflakeHit"));
            localNode.requireCacheHits("bench-kv", params.getBenchmark().endsWith(".localHit"));
        } finally {
            clusteredNode.close();
            localNode.close();
            emulator.close();
            server.close();
            BenchmarkPlatform.deleteQuietly(work);
        }
    }

    @Benchmark
    public String clusteredHit() {
        return clustered.get().get("greeting");
    }

    @Benchmark
    public void clusteredSnowflakeHit(Blackhole sink) throws SQLException {
        BenchData.query(clusteredSnowflake.get(), BenchData.ORDERS, sink);
    }

    @Benchmark
    public String localHit() {
        return local.get().get("greeting");
    }

    @Benchmark
    public void snowflakeEmulatorUncached(Blackhole sink) throws SQLException {
        BenchData.query(uncached.get(), BenchData.ORDERS, sink);
    }
}
