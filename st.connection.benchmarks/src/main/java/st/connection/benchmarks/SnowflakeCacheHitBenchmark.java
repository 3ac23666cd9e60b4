package st.connection.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
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
import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * A cache hit for the 100-row x 6-column query on a Snowflake connection (the real snowflake-jdbc
 * driver in the connector bundle), against the same query sent through the driver to the
 * Snowflake emulator on loopback. Goal: the hit at least 1000x faster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Duser.timezone=UTC", "-Dnet.snowflake.jdbc.ocspResponseCacheDir=target/snowflake-ocsp"})
public class SnowflakeCacheHitBenchmark {

    private SnowflakeEmulator emulator;
    private BenchmarkPlatform platform;
    private ManagedConnection<Connection> cached;
    private ManagedConnection<Connection> uncached;

    @Setup
    public void open() throws SQLException {
        emulator = SnowflakeEmulator.start();
        emulator.execute(BenchData.CREATE_ORDERS);
        emulator.execute(BenchData.FILL_ORDERS);
        platform = BenchmarkPlatform.startWithSnowflake();
        cached = platform.connections().singleton("snowflake", BenchmarkPlatform.emulatorParams(emulator, "bench-sf-cached", 3600));
        uncached = platform.connections().singleton("snowflake", BenchmarkPlatform.emulatorParams(emulator, "bench-sf-uncached", 0));
    }

    @TearDown
    public void close(BenchmarkParams params) {
        platform.requireCacheHits("bench-sf-cached", params.getBenchmark().endsWith(".cacheHit"));
        platform.close();
        emulator.close();
    }

    @Benchmark
    public void cacheHit(Blackhole sink) throws SQLException {
        BenchData.query(cached.get(), BenchData.ORDERS, sink);
    }

    @Benchmark
    public void snowflakeEmulatorUncached(Blackhole sink) throws SQLException {
        BenchData.query(uncached.get(), BenchData.ORDERS, sink);
    }
}
