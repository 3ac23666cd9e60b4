package st.connection.itest.cluster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import st.connection.itest.cluster.TwoNodes.Pair;
import st.connection.snowflake.emulator.SnowflakeEmulator;
import st.connection.testing.ResultSetProbe;
import st.connection.testing.SnowflakeAllTypes;

/**
 * Two nodes (each a framework of its own, with the Snowflake connector and the JDBC cache
 * adapter) against one Snowflake emulator, sharing one clustered tier on a real Terracotta server
 * from the kit: the emulator's query counter shows which node asked Snowflake.
 */
public class SharedSnowflakeResultsIT {

    private static final String PASSWORD = "cluster-snowflake-secret";
    private static final List<String> SNOWFLAKE_BUNDLES = List.of("st.connection.cache.jdbc", "st.connection.snowflake");
    private static final AtomicInteger NAMES = new AtomicInteger();

    private static SnowflakeEmulator emulator;
    private static TwoNodes nodes;

    @BeforeClass
    public static void startServerEmulatorAndNodes() throws Exception {
        emulator = SnowflakeEmulator.builder().user("alice", PASSWORD).start();
        for (String sql : SnowflakeAllTypes.statements("123456789012345678901234567890")) {
            emulator.execute(sql);
        }
        nodes = TwoNodes.start("cluster-snowflake-it", "st-connection-snowflake-it", SNOWFLAKE_BUNDLES);
    }

    @AfterClass
    public static void stopAll() throws Exception {
        try {
            if (nodes != null) {
                nodes.close();
            }
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    @Test
    public void aQueryOneNodeRanIsAHitOnTheOther() throws SQLException {
        Pair<Connection> pair = sharedConnections();
        long before = emulator.queryCount();

        List<String> onA = readAll(pair.a(), SnowflakeAllTypes.SELECT_ALL);
        List<String> onB = readAll(pair.b(), SnowflakeAllTypes.SELECT_ALL);

        assertEquals("Snowflake was asked once, by node A", before + 1, emulator.queryCount());
        assertEquals(onA, onB);
    }

    @Test
    public void aResultReadOnTheOtherNodeAnswersEveryGetterAsTheDriver() throws SQLException {
        Map<String, Object> plain = params("fidelity-plain-" + NAMES.incrementAndGet(), "0");
        List<String> driver = observe(nodes.a().connections().singleton("snowflake", Connection.class, plain).get());
        Pair<Connection> pair = sharedConnections();
        List<String> missOnA = observe(pair.a());
        long queries = emulator.queryCount();

        List<String> hitOnB = observe(pair.b());

        assertEquals("node B asked Snowflake nothing", queries, emulator.queryCount());
        assertEquals("a miss reads as the driver:" + ResultSetProbe.describeDifferences(driver, missOnA), "",
                ResultSetProbe.describeDifferences(driver, missOnA));
        assertEquals("a hit on the other node reads as the driver:"
                + ResultSetProbe.describeDifferences(driver, hitOnB), "", ResultSetProbe.describeDifferences(driver, hitOnB));
    }

    @Test
    public void aWriteThroughOneNodeIsSeenByTheNextReadOnTheOther() throws SQLException {
        String table = counterTable();
        Pair<Connection> pair = sharedConnections();
        assertEquals(List.of("1"), values(pair.a(), table));
        assertEquals(List.of("1"), values(pair.b(), table));

        update(pair.b(), table, 2);

        long before = emulator.queryCount();
        assertEquals("node A read what B wrote", List.of("2"), values(pair.a(), table));
        assertEquals(before + 1, emulator.queryCount());
        assertEquals(List.of("2"), values(pair.b(), table));
        assertEquals("node B served what A read after the write", before + 1, emulator.queryCount());
    }

    @Test
    public void withTheServerGoneBothNodesAnswerCorrectlyAndShareAgainOnceItIsBack() throws Exception {
        String table = counterTable();
        Pair<Connection> pair = sharedConnections();
        assertEquals(List.of("1"), values(pair.a(), table));

        nodes.server().kill();
        long before = emulator.queryCount();
        assertEquals(List.of("1"), values(pair.a(), table));
        assertEquals(List.of("1"), values(pair.b(), table));
        assertEquals("each node asked Snowflake", before + 2, emulator.queryCount());
        update(pair.a(), table, 3);
        assertEquals(List.of("3"), values(pair.b(), table));
        assertEquals(List.of("3"), values(pair.a(), table));

        nodes.server().start();
        awaitSharing(pair, table);
        assertEquals(List.of("3"), values(pair.b(), table));
    }

    /** Waits until a read on A is served to B from the clustered tier again (both reconnected). */
    private static void awaitSharing(Pair<Connection> pair, String table) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        int round = 0;
        while (System.currentTimeMillis() < deadline) {
            String probe = "SELECT V, " + round++ + " AS ROUND FROM " + table;
            readAll(pair.a(), probe);
            long before = emulator.queryCount();
            readAll(pair.b(), probe);
            if (emulator.queryCount() == before) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the nodes did not share results again within 120 s of the server's restart");
    }

    private static String counterTable() throws SQLException {
        String table = "COUNTER_" + NAMES.incrementAndGet();
        emulator.execute("CREATE TABLE " + table + "(ID NUMBER(10, 0), V NUMBER(10, 0))");
        emulator.execute("INSERT INTO " + table + " VALUES (1, 1)");
        return table;
    }

    private static List<String> values(Connection connection, String table) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT V FROM " + table + " WHERE ID = ?")) {
            statement.setInt(1, 1);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private static void update(Connection connection, String table, int value) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE " + table + " SET V = " + value + " WHERE ID = 1"));
        }
    }

    /** @return every cell of the result as text */
    private static List<String> readAll(Connection connection, String sql) throws SQLException {
        List<String> cells = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    cells.add(rows.getString(column));
                }
            }
        }
        assertTrue("the query had rows: " + sql, !cells.isEmpty());
        return cells;
    }

    /** Every getter of every type, as {@code CachedReadsMatchSnowflakeIT} reads them. */
    private static List<String> observe(Connection connection) throws SQLException {
        ResultSetProbe probe = SnowflakeAllTypes.readEveryGetter(connection);
        assertEquals("cells read: 15 columns of 4 rows, then of the 3 from ID 2 on", SnowflakeAllTypes.CELLS_READ,
                probe.cellsRead());
        return probe.observations();
    }

    private static Map<String, Object> params(String name, String ttl) {
        return new HashMap<>(Map.of("name", name, "url", emulator.jdbcUrl(), "account", "emulator", "user", "alice",
                "password", PASSWORD, "ssl", "off", "ttl", ttl, "cache.scope", "shared"));
    }

    /** The same shared Snowflake connection, configured alike on both nodes: one data source, as the cluster sees it. */
    private static Pair<Connection> sharedConnections() {
        Map<String, Object> params = params("dashboard-" + NAMES.incrementAndGet(), "600");
        return nodes.onBoth(node -> node.connections().singleton("snowflake", Connection.class, params).get());
    }
}
