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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

import st.connection.api.ManagedConnection;

/**
 * Cache hits from 200 user sessions on 2 threads, each session reaching the shared connection
 * through {@code UserConnections.shared} as a web application would, with {@code cache.scope}
 * {@code session} (200 entries) or {@code shared} (one); against the physical ceiling, a
 * {@link ConcurrentHashMap} from (session, SQL) to the same rows (200 copies read from H2, or one),
 * read cell by cell alike.
 * Goal: within 3x of the map.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@Threads(2)
public class SessionThroughputBenchmark {

    static final int SESSIONS = 200;
    private static final String URL = "jdbc:h2:mem:sessions;DB_CLOSE_DELAY=-1";

    @Param({"session", "shared"})
    public String scope;

    @Param({"ORDERS", "ONE_ORDER"})
    public String query;

    private BenchmarkPlatform platform;
    private String sql;
    private final String[] sessionIds = new String[SESSIONS];
    private ManagedConnection<Connection>[] sessions;
    private final Map<SessionQuery, Object[][]> ceiling = new ConcurrentHashMap<>();

    /** Which session the calling thread serves next. */
    @State(Scope.Thread)
    public static class Turn {
        int next;

        int take() {
            int session = next;
            next = session + 1 == SESSIONS ? 0 : session + 1;
            return session;
        }
    }

    record SessionQuery(String sessionId, String sql) {
    }

    @Setup
    @SuppressWarnings("unchecked")
    public void open() throws SQLException {
        sql = query.equals("ORDERS") ? BenchData.ORDERS : BenchData.ONE_ORDER;
        platform = BenchmarkPlatform.start();
        try (Connection h2 = platform.rawH2(URL)) {
            BenchData.createOrders(h2);
            Object[][] shared = BenchData.read(h2, sql);
            for (int i = 0; i < SESSIONS; i++) {
                sessionIds[i] = "session-" + i;
                // As the cache holds them: one copy per session in session scope, one for all in shared scope.
                ceiling.put(new SessionQuery(sessionIds[i], sql), scope.equals("session") ? BenchData.read(h2, sql)
                        : shared);
            }
        }
        platform.connections().singleton("jdbc", Map.of("name", "bench-sessions", "url", URL, "user", "sa",
                "password", "", "ttl", "3600", "cache.scope", scope));
        sessions = new ManagedConnection[SESSIONS];
        for (int i = 0; i < SESSIONS; i++) {
            sessions[i] = platform.connections().user(sessionIds[i]).shared("bench-sessions");
        }
    }

    @TearDown
    public void close(BenchmarkParams params) {
        platform.requireCacheHits("bench-sessions", params.getBenchmark().endsWith(".cacheHit"));
        platform.close();
    }

    @Benchmark
    public void cacheHit(Turn turn, Blackhole sink) throws SQLException {
        BenchData.query(sessions[turn.take()].get(), sql, sink);
    }

    @Benchmark
    public void concurrentHashMap(Turn turn, Blackhole sink) {
        Object[][] rows = ceiling.get(new SessionQuery(sessionIds[turn.take()], sql));
        for (Object[] row : rows) {
            for (Object cell : row) {
                sink.consume(cell);
            }
        }
    }
}
