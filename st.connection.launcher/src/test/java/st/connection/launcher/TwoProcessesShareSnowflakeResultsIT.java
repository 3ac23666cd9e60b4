package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import st.connection.launcher.probe.SharedQueryProbe;
import st.connection.snowflake.emulator.SnowflakeEmulator;
import st.connection.testing.TerracottaServer;

/**
 * Two launcher processes, each with its own {@code load/}, share Snowflake results on one Terracotta
 * server from the kit, against one Snowflake emulator (in the test's JVM, whose query counter shows
 * which node asked Snowflake). Each node reads and writes through a shared connection with
 * {@code ttl} and {@code cache.scope=shared}, through a small test bundle dropped into its
 * {@code load/} ({@link SharedQueryProbe}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoProcessesShareSnowflakeResultsIT {

    private static final String PASSWORD = "two-processes-secret";
    private static final String CONNECTION = "dashboard";
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final AtomicInteger tables = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path work;

    private SnowflakeEmulator emulator;
    private TerracottaServer server;
    private RunningLauncher nodeA;
    private RunningLauncher nodeB;

    @BeforeAll
    void startEmulatorServerAndNodes() throws Exception {
        emulator = SnowflakeEmulator.builder().user("alice", PASSWORD).start();
        server = new TerracottaServer(Path.of(System.getProperty("terracotta.kit")), work.resolve("terracotta"),
                "launcher-it");
        server.start();
        nodeA = startNode("node-a");
        nodeB = startNode("node-b");
        awaitConnection(nodeA);
        awaitConnection(nodeB);
    }

    @AfterAll
    void stopAll() throws Exception {
        try {
            for (RunningLauncher node : new RunningLauncher[] {nodeA, nodeB}) {
                if (node != null) {
                    node.close();
                }
            }
        } finally {
            try {
                if (server != null) {
                    server.close();
                }
            } finally {
                if (emulator != null) {
                    emulator.close();
                }
            }
        }
    }

    private RunningLauncher startNode(String name) throws Exception {
        Path home = Files.createDirectories(work.resolve(name));
        Path load = Files.createDirectories(home.resolve("load"));
        Files.writeString(load.resolve("st.connection.cache.cfg"), "cluster.uri=" + server.uri("launcher-it") + "\n"
                + "cluster.megabytes=16\n");
        Files.writeString(load.resolve("st.connection.singleton-" + CONNECTION + ".cfg"), String.join("\n",
                "connector=snowflake", "name=" + CONNECTION, "url=" + emulator.jdbcUrl(), "account=emulator",
                "user=alice", "password=" + PASSWORD, "ssl=off", "ttl=600", "cache.scope=shared", ""));
        SharedQueryProbe.writeBundle(load.resolve("shared-query-probe.jar"));
        return RunningLauncher.start(home).awaitReady();
    }

    private void awaitConnection(RunningLauncher node) throws Exception {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = http.send(read(node, "SELECT 1"), HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Node on port " + node.port() + " did not serve the shared connection within "
                + READY_WITHIN + ": " + (last == null ? "no answer" : last.statusCode() + " " + last.body()) + "\n"
                + String.join("\n", node.output()));
    }

    @Test
    void aQueryNodeARanIsAHitOnNodeB() throws Exception {
        String table = counterTable();
        long before = emulator.queryCount();

        assertThat(value(nodeA, table)).isEqualTo("1");
        assertThat(value(nodeB, table)).isEqualTo("1");

        assertThat(emulator.queryCount()).as("Snowflake was asked once, by node A").isEqualTo(before + 1);
    }

    @Test
    void aWriteThroughNodeBIsSeenByTheNextReadOnNodeA() throws Exception {
        String table = counterTable();
        assertThat(value(nodeA, table)).isEqualTo("1");
        assertThat(value(nodeB, table)).isEqualTo("1");

        assertThat(write(nodeB, "UPDATE " + table + " SET V = 2 WHERE ID = 1")).isEqualTo("1");

        long before = emulator.queryCount();
        assertThat(value(nodeA, table)).as("node A read what B wrote").isEqualTo("2");
        assertThat(value(nodeB, table)).isEqualTo("2");
        assertThat(emulator.queryCount()).as("node B served what A read after the write").isEqualTo(before + 1);
    }

    @Test
    void withTheServerGoneBothNodesAnswerCorrectlyAndShareAgainOnceItIsBack() throws Exception {
        String table = counterTable();
        assertThat(value(nodeA, table)).isEqualTo("1");

        server.kill();
        long before = emulator.queryCount();
        assertThat(value(nodeA, table)).isEqualTo("1");
        assertThat(value(nodeB, table)).isEqualTo("1");
        assertThat(emulator.queryCount()).as("each node asked Snowflake").isEqualTo(before + 2);
        assertThat(write(nodeA, "UPDATE " + table + " SET V = 3 WHERE ID = 1")).isEqualTo("1");
        assertThat(value(nodeB, table)).isEqualTo("3");
        assertThat(value(nodeA, table)).isEqualTo("3");

        server.start();
        awaitSharing(table);
        assertThat(value(nodeB, table)).isEqualTo("3");
    }

    /** Waits until a read on A is served to B from the clustered tier again (both reconnected). */
    private void awaitSharing(String table) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        for (int round = 0; System.nanoTime() < deadline; round++) {
            String sql = "SELECT V, " + round + " AS ROUND FROM " + table;
            assertThat(body(nodeA, read(nodeA, sql))).isEqualTo("3\t" + round);
            long before = emulator.queryCount();
            assertThat(body(nodeB, read(nodeB, sql))).isEqualTo("3\t" + round);
            if (emulator.queryCount() == before) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the nodes did not share results again within 120 s of the server's restart");
    }

    private String counterTable() throws SQLException {
        String table = "COUNTER_" + tables.incrementAndGet();
        emulator.execute("CREATE TABLE " + table + "(ID NUMBER(10, 0), V NUMBER(10, 0))");
        emulator.execute("INSERT INTO " + table + " VALUES (1, 1)");
        return table;
    }

    private String value(RunningLauncher node, String table) throws Exception {
        return body(node, read(node, "SELECT V FROM " + table + " WHERE ID = 1"));
    }

    private String write(RunningLauncher node, String sql) throws Exception {
        return body(node, HttpRequest.newBuilder(uri(node, sql)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private String body(RunningLauncher node, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s on port %s: %s", request.uri(), node.port(), response.body())
                .isEqualTo(200);
        return response.body().strip();
    }

    private static HttpRequest read(RunningLauncher node, String sql) {
        return HttpRequest.newBuilder(uri(node, sql)).GET().build();
    }

    private static URI uri(RunningLauncher node, String sql) {
        return URI.create(node.url(SharedQueryProbe.PATH) + "?name=" + CONNECTION + "&sql="
                + URLEncoder.encode(sql, StandardCharsets.UTF_8));
    }
}
