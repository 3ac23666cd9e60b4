package st.connection.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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

import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * A Snowpark {@code collect()} of the 100-row x 6-column query answered from the cache, against
 * the same {@code collect()} sent through Snowpark and the real driver to the Snowflake emulator
 * on loopback. Goal: the hit at least 1000x faster. The session's classes live in the connector
 * bundle, so the calls go through method handles found on them; a new DataFrame per call is what
 * an application does ({@code session.sql(...).collect()}), the same DataFrame again shows the
 * cache without Snowpark's own planning.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Duser.timezone=UTC", "-Dnet.snowflake.jdbc.ocspResponseCacheDir=target/snowflake-ocsp"})
public class SnowparkCacheHitBenchmark {

    private SnowflakeEmulator emulator;
    private BenchmarkPlatform platform;
    private Object cached;
    private Object uncached;
    private Object cachedFrame;
    private MethodHandle sql;
    private MethodHandle collect;

    @Setup
    public void open() throws Throwable {
        emulator = SnowflakeEmulator.start();
        emulator.execute(BenchData.CREATE_ORDERS);
        emulator.execute(BenchData.FILL_ORDERS);
        platform = BenchmarkPlatform.startWithSnowflake();
        cached = platform.connections().singleton("snowpark", BenchmarkPlatform.emulatorParams(emulator, "bench-sp-cached", 3600)).get();
        uncached = platform.connections().singleton("snowpark", BenchmarkPlatform.emulatorParams(emulator, "bench-sp-uncached", 0)).get();
        ClassLoader connectors = cached.getClass().getClassLoader();
        Class<?> session = connectors.loadClass("com.snowflake.snowpark_java.Session");
        Class<?> dataFrame = connectors.loadClass("com.snowflake.snowpark_java.DataFrame");
        Class<?> rows = connectors.loadClass("com.snowflake.snowpark_java.Row").arrayType();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        sql = lookup.findVirtual(session, "sql", MethodType.methodType(dataFrame, String.class))
                .asType(MethodType.methodType(Object.class, Object.class, String.class));
        collect = lookup.findVirtual(dataFrame, "collect", MethodType.methodType(rows))
                .asType(MethodType.methodType(Object.class, Object.class));
        cachedFrame = sql.invokeExact(cached, BenchData.ORDERS);
    }

    @TearDown
    public void close(BenchmarkParams params) {
        platform.requireCacheHits("bench-sp-cached", params.getBenchmark().contains(".cacheHit"));
        platform.close();
        emulator.close();
    }

    @Benchmark
    public Object cacheHit() throws Throwable {
        return collect.invokeExact(sql.invokeExact(cached, BenchData.ORDERS));
    }

    @Benchmark
    public Object cacheHitSameDataFrame() throws Throwable {
        return collect.invokeExact(cachedFrame);
    }

    @Benchmark
    public Object snowflakeEmulatorUncached() throws Throwable {
        return collect.invokeExact(sql.invokeExact(uncached, BenchData.ORDERS));
    }
}
