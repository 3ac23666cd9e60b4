package st.connection.benchmarks;

import java.sql.Connection;
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

import st.connection.api.ManagedConnection;

/**
 * {@code ManagedConnection.get()} on an open shared connection at the default validation interval
 * (500 ms), against reading a plain field that holds the same connection. Goal: under 10 ns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ManagedGetBenchmark {

    private BenchmarkPlatform platform;
    private ManagedConnection<Connection> managed;
    private Connection plain;

    @Setup
    public void open() {
        platform = BenchmarkPlatform.start();
        managed = platform.connections().singleton("jdbc",
                Map.of("name", "bench-get", "url", "jdbc:h2:mem:get;DB_CLOSE_DELAY=-1", "user", "sa", "password", ""));
        plain = managed.get();
    }

    @TearDown
    public void close() {
        platform.close();
    }

    @Benchmark
    public Connection plainField() {
        return plain;
    }

    @Benchmark
    public Connection managedGet() {
        return managed.get();
    }
}
