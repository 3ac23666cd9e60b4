package st.connection.itest.cluster;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.tools.Server;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import st.connection.api.ManagedConnection;
import st.connection.itest.cluster.TwoNodes.Pair;
import st.connection.testing.ResultSetProbe;

/**
 * Two nodes (each a framework of its own, with the JDBC connector and the JDBC and H2 cache
 * adapters) share one H2 database, in the test's JVM and served by an H2 TCP server there, and one
 * clustered tier on a real Terracotta server from the kit. A row changed behind the cache's back
 * (by a plain JDBC connection of the test) shows which node asked H2: a node that served the
 * other's result still reads the old value.
 */
public class SharedH2ResultsIT {

    private static final String PASSWORD = "cluster-h2-secret";
    private static final List<String> H2_BUNDLES = List.of("st.connection.jdbc", "st.connection.cache.jdbc",
            "st.connection.cache.h2");
    private static final int PORTABLE_COLUMNS = 24;
    private static final int PORTABLE_ROWS = 5;
    private static final AtomicInteger NAMES = new AtomicInteger();

    private static Server h2;
    private static String url;
    private static Connection behindTheCache;
    private static TwoNodes nodes;

    @BeforeClass
    public static void startDatabaseServerAndNodes() throws Exception {
        h2 = Server.createTcpServer("-tcpPort", "0").start();
        behindTheCache = DriverManager.getConnection("jdbc:h2:mem:cluster;DB_CLOSE_DELAY=-1", "sa", PASSWORD);
        url = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:cluster";
        nodes = TwoNodes.start("cluster-h2-it", "st-connection-h2-it", H2_BUNDLES);
    }

    @AfterClass
    public static void stopAll() throws Exception {
        try {
            if (nodes != null) {
                nodes.close();
            }
        } finally {
            if (behindTheCache != null) {
                behindTheCache.close();
            }
            if (h2 != null) {
                h2.stop();
            }
        }
    }

    @Test
    public void aQueryOneNodeRanIsAHitOnTheOther() throws SQLException {
        String table = counterTable();
        Pair<Connection> pair = sharedConnections();
        assertEquals(List.of("1"), values(pair.a(), table));

        change(table, 5);

        assertEquals("node B served A's result without asking H2", List.of("1"), values(pair.b(), table));
    }

    @Test
    public void aResultReadOnTheOtherNodeAnswersEveryGetterAsTheDriver() throws SQLException {
        String table = portableTypesTable();
        List<String> driver = observe(connection(nodes.a(), "fidelity-plain-" + NAMES.incrementAndGet(), "0").get(), table);
        Pair<Connection> pair = sharedConnections();
        List<String> missOnA = observe(pair.a(), table);
        execute("UPDATE " + table + " SET C_INTEGER = 99 WHERE ID = 3");

        List<String> hitOnB = observe(pair.b(), table);

        assertEquals("a miss reads as the driver:" + ResultSetProbe.describeDifferences(driver, missOnA), "",
                ResultSetProbe.describeDifferences(driver, missOnA));
        assertEquals("a hit on the other node (which did not see the cell changed since) reads as the driver:"
                + ResultSetProbe.describeDifferences(driver, hitOnB), "", ResultSetProbe.describeDifferences(driver, hitOnB));
    }

    @Test
    public void aWriteThroughOneNodeIsSeenByTheNextReadOnTheOther() throws SQLException {
        String table = counterTable();
        Pair<Connection> pair = sharedConnections();
        assertEquals(List.of("1"), values(pair.a(), table));
        assertEquals(List.of("1"), values(pair.b(), table));

        try (Statement statement = pair.b().createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE " + table + " SET V = 2 WHERE ID = 1"));
        }

        assertEquals("node A read what B wrote", List.of("2"), values(pair.a(), table));
        change(table, 3);
        assertEquals("node B served what A read after the write", List.of("2"), values(pair.b(), table));
    }

    @Test
    public void aResultHoldingALobStaysOnTheNodeThatReadItUntilAWriteThroughEitherNode() throws SQLException {
        String table = counterTable();
        Pair<Connection> pair = sharedConnections();
        String withLob = "SELECT V, CAST(V AS CLOB) FROM " + table + " WHERE ID = ?";
        assertEquals(List.of("1", "1"), values(pair.a(), withLob, 1));

        change(table, 4);

        assertEquals("node B asked H2 itself", List.of("4", "4"), values(pair.b(), withLob, 1));
        assertEquals("node A served its own copy", List.of("1", "1"), values(pair.a(), withLob, 1));
        try (Statement statement = pair.b().createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE " + table + " SET V = 5 WHERE ID = 1"));
        }
        assertEquals("node A read what B wrote", List.of("5", "5"), values(pair.a(), withLob, 1));
    }

    private static String counterTable() throws SQLException {
        String table = "COUNTER_" + NAMES.incrementAndGet();
        execute("CREATE TABLE " + table + "(ID INT PRIMARY KEY, V INT)");
        execute("INSERT INTO " + table + " VALUES (1, 1)");
        return table;
    }

    /** Changes a counter as another application would: not through the platform, so no cache hears of it. */
    private static void change(String table, int value) throws SQLException {
        execute("UPDATE " + table + " SET V = " + value + " WHERE ID = 1");
    }

    private static void execute(String sql) throws SQLException {
        try (Statement statement = behindTheCache.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> values(Connection connection, String table) throws SQLException {
        return values(connection, "SELECT V FROM " + table + " WHERE ID = ?", 1);
    }

    private static List<String> values(Connection connection, String sql, int id) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int column = 1; column <= columns; column++) {
                        values.add(rows.getString(column));
                    }
                }
            }
        }
        return values;
    }

    /** Every type whose results are shared between nodes: extremes, empty values, unicode, NULLs. */
    private static String portableTypesTable() throws SQLException {
        String table = "PORTABLE_TYPES_" + NAMES.incrementAndGet();
        execute("CREATE TABLE " + table + """
                (ID INT PRIMARY KEY, C_BOOLEAN BOOLEAN, C_TINYINT TINYINT,
                    C_SMALLINT SMALLINT, C_INTEGER INTEGER, C_BIGINT BIGINT, C_NUMERIC NUMERIC(30, 10),
                    C_DECFLOAT DECFLOAT, C_REAL REAL, C_DOUBLE DOUBLE PRECISION, C_CHAR CHAR(6),
                    C_VARCHAR VARCHAR(200), C_VARCHAR_IC VARCHAR_IGNORECASE(50), C_BINARY BINARY(4),
                    C_VARBINARY VARBINARY(50), C_DATE DATE, C_TIME TIME, C_TIME9 TIME(9),
                    C_TIMETZ TIME WITH TIME ZONE, C_TIMESTAMP TIMESTAMP, C_TIMESTAMP9 TIMESTAMP(9),
                    C_TIMESTAMPTZ TIMESTAMP(9) WITH TIME ZONE, C_JSON JSON, C_UUID UUID)""");
        execute("INSERT INTO " + table + " VALUES " + """
                (1, TRUE, 7, 300, 123456, 9223372036854775807, 2.7, 1E-400,
                    1.5, 2.7, 'ab', 'Grüße 😀 日本', 'MixedCase', X'01020304', X'', DATE '2024-02-29',
                    TIME '23:59:59', TIME '12:34:56.123456789', TIME WITH TIME ZONE '10:00:00+05:30',
                    TIMESTAMP '2038-01-19 03:14:08', TIMESTAMP '2024-02-29 12:34:56.123456789',
                    TIMESTAMP WITH TIME ZONE '2024-02-29 12:34:56.5+14:00', JSON '{"a":[1,2]}',
                    UUID '123e4567-e89b-12d3-a456-426614174000')""");
        execute("INSERT INTO " + table + " VALUES " + """
                (2, FALSE, -128, -32768, -2147483648, -9223372036854775808,
                    -0.0000000001, 'Infinity', -3.4028235E38, 1.0E300, '', '', '', X'00000000', X'00FF',
                    DATE '0001-01-01', TIME '00:00:00', TIME '00:00:00.000000001', TIME WITH TIME ZONE '23:59:59-12:00',
                    TIMESTAMP '9999-12-31 23:59:59', TIMESTAMP '1970-01-01 00:00:00',
                    TIMESTAMP WITH TIME ZONE '1900-01-01 00:00:00-12:00', JSON '"text"',
                    UUID '00000000-0000-0000-0000-000000000000')""");
        execute("INSERT INTO " + table + "(ID) VALUES (3)");
        execute("INSERT INTO " + table + """
                (ID, C_INTEGER, C_NUMERIC, C_DECFLOAT, C_REAL, C_DOUBLE, C_CHAR,
                    C_VARCHAR, C_VARCHAR_IC, C_JSON) VALUES (4, 1, 2147483648.5, 'NaN', 'NaN', -0.0, '2.5', '42',
                    'true', JSON 'null')""");
        execute("INSERT INTO " + table + """
                (ID, C_TINYINT, C_SMALLINT, C_BIGINT, C_NUMERIC, C_DECFLOAT, C_REAL,
                    C_DOUBLE, C_VARCHAR, C_UUID) VALUES (5, 127, 32767, 0, -99999999999999999999.9999999999,
                    '-Infinity', 'Infinity', 'NaN', 'x' || CHAR(0) || 'y', UUID 'ffffffff-ffff-ffff-ffff-ffffffffffff')""");
        return table;
    }

    /** Every getter of every cell, forward only, then scrolled (as {@code CachedReadsMatchH2IT} reads them). */
    private static List<String> observe(Connection connection, String table) throws SQLException {
        String sql = "SELECT * FROM " + table + " WHERE ID <= ? ORDER BY ID";
        ResultSetProbe probe = new ResultSetProbe();
        for (int type : new int[] {ResultSet.TYPE_FORWARD_ONLY, ResultSet.TYPE_SCROLL_INSENSITIVE}) {
            try (PreparedStatement statement = connection.prepareStatement(sql, type, ResultSet.CONCUR_READ_ONLY)) {
                statement.setInt(1, PORTABLE_ROWS);
                try (ResultSet rows = statement.executeQuery()) {
                    probe.readAll(rows, statement);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    probe.moveAround(rows, type);
                }
            }
        }
        assertEquals("cells read: every column of every row, twice", 2 * PORTABLE_COLUMNS * PORTABLE_ROWS,
                probe.cellsRead());
        return probe.observations();
    }

    private static ManagedConnection<Connection> connection(PlatformNode node, String name, String ttl) {
        return node.connections().singleton("jdbc", Connection.class, Map.of("name", name, "url", url, "user", "sa",
                "password", PASSWORD, "ttl", ttl, "cache.scope", "shared"));
    }

    /** The same shared H2 connection, configured alike on both nodes: one data source, as the cluster sees it. */
    private static Pair<Connection> sharedConnections() {
        String name = "h2-dashboard-" + NAMES.incrementAndGet();
        return nodes.onBoth(node -> connection(node, name, "600").get());
    }
}
