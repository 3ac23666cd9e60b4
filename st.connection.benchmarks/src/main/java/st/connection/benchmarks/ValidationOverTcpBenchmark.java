package st.connection.benchmarks;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.h2.tools.Server;
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
import org.openjdk.jmh.infra.Blackhole;

import st.connection.api.ManagedConnection;

/**
 * A statement on an H2 server over loopback TCP through a shared connection that trusts a live
 * connection for the default 500 ms, against one that validates on every {@code get()}
 * ({@code validation.interval=0}, the original design); and {@code get()} alone when validating.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ValidationOverTcpBenchmark {

    private static final String POINT_QUERY = "SELECT CUSTOMER FROM ORDERS WHERE ID = 42";

    private BenchmarkPlatform platform;
    private Server server;
    private ManagedConnection<Connection> trusting;
    private ManagedConnection<Connection> validating;

    @Setup
    public void open() throws SQLException, IOException {
        server = Server.createTcpServer("-tcpPort", String.valueOf(BenchmarkPlatform.freePort()), "-ifNotExists").start();
        String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:tcp;DB_CLOSE_DELAY=-1";
        platform = BenchmarkPlatform.start();
        trusting = platform.connections().singleton("jdbc",
                Map.of("name", "bench-trusting", "url", url, "user", "sa", "password", ""));
        validating = platform.connections().singleton("jdbc", Map.of("name", "bench-validating", "url", url,
                "user", "sa", "password", "", "validation.interval", "0"));
        BenchData.createOrders(trusting.get());
    }

    @TearDown
    public void close() {
        platform.close();
        server.stop();
    }

    @Benchmark
    public void statementWithinTrustWindow(Blackhole sink) throws SQLException {
        BenchData.query(trusting.get(), POINT_QUERY, sink);
    }

    @Benchmark
    public void statementValidatingEveryCall(Blackhole sink) throws SQLException {
        BenchData.query(validating.get(), POINT_QUERY, sink);
    }

    @Benchmark
    public Connection getValidatingEveryCall() {
        return validating.get();
    }
}
