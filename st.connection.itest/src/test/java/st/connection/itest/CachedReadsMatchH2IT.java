package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;

import org.h2.tools.Server;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import st.connection.api.CacheStatistics;
import st.connection.api.ManagedConnection;
import st.connection.api.QueryCache;
import st.connection.testing.ResultSetProbe;

/**
 * A {@code ttl} changes when H2 is asked, never what is read: every H2 type (typical values,
 * extremes, empty values, unicode, NULLs), read with every getter, through the driver's own
 * result, a cache miss and a cache hit, gives the same value of the same class or the same
 * SQLState class, for an embedded database and a server's.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CachedReadsMatchH2IT extends ITestSupport {

    private static final String EMBEDDED = "jdbc:h2:mem:fidelity;DB_CLOSE_DELAY=-1";
    private static final String ALL_TYPES = "SELECT * FROM ALL_TYPES ORDER BY ID";
    private static Server server;

    @Configuration
    public Option[] config() {
        return frameworkFor(CachedReadsMatchH2IT.class);
    }

    @BeforeClass
    public static void createTable() throws SQLException {
        server = Server.createTcpServer("-tcpPort", "0", "-tcpAllowOthers").start();
        try (Connection observer = observer(EMBEDDED); Statement statement = observer.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS ALL_TYPES(ID INT PRIMARY KEY, C_BOOLEAN BOOLEAN, C_TINYINT TINYINT,
                        C_SMALLINT SMALLINT, C_INTEGER INTEGER, C_BIGINT BIGINT, C_NUMERIC NUMERIC(30, 10),
                        C_DECFLOAT DECFLOAT, C_REAL REAL, C_DOUBLE DOUBLE PRECISION, C_CHAR CHAR(6),
                        C_VARCHAR VARCHAR(200), C_VARCHAR_IC VARCHAR_IGNORECASE(50), C_CLOB CLOB, C_BINARY BINARY(4),
                        C_VARBINARY VARBINARY(50), C_BLOB BLOB, C_DATE DATE, C_TIME TIME, C_TIME9 TIME(9),
                        C_TIMETZ TIME WITH TIME ZONE, C_TIMESTAMP TIMESTAMP, C_TIMESTAMP9 TIMESTAMP(9),
                        C_TIMESTAMPTZ TIMESTAMP(9) WITH TIME ZONE, C_INTERVAL_YM INTERVAL YEAR TO MONTH,
                        C_INTERVAL_DS INTERVAL DAY TO SECOND(9), C_ENUM ENUM('red', 'green'), C_JSON JSON, C_UUID UUID,
                        C_ARRAY INTEGER ARRAY, C_ROW ROW(A INT, B VARCHAR(10)), C_JAVA_OBJECT JAVA_OBJECT)""");
            statement.execute("DELETE FROM ALL_TYPES");
            statement.execute("""
                    INSERT INTO ALL_TYPES VALUES (1, TRUE, 7, 300, 123456, 9223372036854775807, 2.7, 1E-400, 1.5,
                        2.7, 'ab', 'Grüße 😀 日本', 'MixedCase', 'a clob', X'01020304', X'', X'DEADBEEF',
                        DATE '2024-02-29', TIME '23:59:59', TIME '12:34:56.123456789', TIME WITH TIME ZONE '10:00:00+05:30',
                        TIMESTAMP '2038-01-19 03:14:08', TIMESTAMP '2024-02-29 12:34:56.123456789',
                        TIMESTAMP WITH TIME ZONE '2024-02-29 12:34:56.5+14:00', INTERVAL '1-2' YEAR TO MONTH,
                        INTERVAL '3 04:05:06.789' DAY TO SECOND, 'green', JSON '{"a":[1,2]}',
                        UUID '123e4567-e89b-12d3-a456-426614174000', ARRAY[1, NULL, 3], ROW(1, 'x'), NULL)""");
            statement.execute("""
                    INSERT INTO ALL_TYPES VALUES (2, FALSE, -128, -32768, -2147483648, -9223372036854775808,
                        -0.0000000001, 'Infinity', -3.4028235E38, 1.0E300, '', '', '', '', X'00000000', X'00FF', X'',
                        DATE '0001-01-01', TIME '00:00:00', TIME '00:00:00.000000001', TIME WITH TIME ZONE '23:59:59-12:00',
                        TIMESTAMP '9999-12-31 23:59:59', TIMESTAMP '1970-01-01 00:00:00',
                        TIMESTAMP WITH TIME ZONE '1900-01-01 00:00:00-12:00', INTERVAL '-5-11' YEAR TO MONTH,
                        INTERVAL '-0 00:00:00.000000001' DAY TO SECOND, 'red', JSON '"text"',
                        UUID '00000000-0000-0000-0000-000000000000', ARRAY[], ROW(NULL, ''), NULL)""");
            statement.execute("INSERT INTO ALL_TYPES(ID) VALUES (3)");
            statement.execute("""
                    INSERT INTO ALL_TYPES(ID, C_INTEGER, C_NUMERIC, C_DECFLOAT, C_REAL, C_DOUBLE, C_CHAR, C_VARCHAR,
                        C_VARCHAR_IC, C_CLOB) VALUES (4, 1, 2147483648.5, 'NaN', 0.5, -2.5, '2.5', '42', 'true', '1')""");
        }
        try (Connection observer = observer(EMBEDDED);
                PreparedStatement insert = observer.prepareStatement("UPDATE ALL_TYPES SET C_JAVA_OBJECT = ? WHERE ID = 1")) {
            insert.setObject(1, java.time.Duration.ofMinutes(90), Types.JAVA_OBJECT);
            insert.executeUpdate();
        }
    }

    @AfterClass
    public static void stopServer() {
        server.stop();
    }

    private static String serverUrl() {
        return "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:fidelity";
    }

    private static ManagedConnection<Connection> connection(String name, String url, String ttl) {
        return jdbc(connections().singleton("jdbc", Map.of("name", name, "url", url, "user", "sa", "password",
                ADMIN_PASSWORD, "ttl", ttl, "cache.scope", "shared")));
    }

    private static List<String> observe(Connection connection, int type) throws SQLException {
        ResultSetProbe probe = new ResultSetProbe();
        try (Statement statement = connection.createStatement(type, ResultSet.CONCUR_READ_ONLY)) {
            try (ResultSet rows = statement.executeQuery(ALL_TYPES)) {
                probe.readAll(rows, statement);
            }
            try (ResultSet rows = statement.executeQuery(ALL_TYPES)) {
                probe.moveAround(rows, type);
            }
        }
        assertEquals("cells read: 32 columns of 4 rows", 32 * 4, probe.cellsRead());
        assertTrue("every getter of every cell was read, " + probe.getterCalls(), probe.getterCalls() >= probe.cellsRead() * 80);
        return probe.observations();
    }

    private static void assertSameReads(String url, String name, int type) throws SQLException {
        List<String> driver = observe(connection(name + "-plain", url, "0").get(), type);
        ManagedConnection<Connection> cached = connection(name + "-cached", url, "600");
        List<String> miss = observe(cached.get(), type);
        List<String> hit = observe(cached.get(), type);
        CacheStatistics statistics = service(QueryCache.class).statistics().stream()
                .filter(s -> s.connection().equals(name + "-cached")).findFirst().orElseThrow();
        assertTrue("the second reads were hits: " + statistics, statistics.hits() >= 2);
        assertEquals("a miss reads as the driver:" + ResultSetProbe.describeDifferences(driver, miss), "",
                ResultSetProbe.describeDifferences(driver, miss));
        assertEquals("a hit reads as the driver:" + ResultSetProbe.describeDifferences(driver, hit), "",
                ResultSetProbe.describeDifferences(driver, hit));
    }

    @Test
    public void forwardOnlyReadsOfAnEmbeddedDatabaseMatchTheDriver() throws SQLException {
        assertSameReads(EMBEDDED, "embedded-forward", ResultSet.TYPE_FORWARD_ONLY);
    }

    @Test
    public void scrollableReadsOfAnEmbeddedDatabaseMatchTheDriver() throws SQLException {
        assertSameReads(EMBEDDED, "embedded-scroll", ResultSet.TYPE_SCROLL_INSENSITIVE);
    }

    @Test
    public void forwardOnlyReadsFromAServerMatchTheDriver() throws SQLException {
        assertSameReads(serverUrl(), "server-forward", ResultSet.TYPE_FORWARD_ONLY);
    }

    @Test
    public void scrollableReadsFromAServerMatchTheDriver() throws SQLException {
        assertSameReads(serverUrl(), "server-scroll", ResultSet.TYPE_SCROLL_INSENSITIVE);
    }

    /** Changes every date, time, timestamp and byte array the reader got, with each getter that hands one out. */
    private static void scribbleOnEverything(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(ALL_TYPES)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    int column = i;
                    for (Object value : new Object[] {tryGet(() -> rows.getObject(column)), tryGet(() -> rows.getTimestamp(column)),
                        tryGet(() -> rows.getDate(column)), tryGet(() -> rows.getTime(column)),
                        tryGet(() -> rows.getBytes(column))}) {
                        if (value instanceof java.sql.Timestamp timestamp) {
                            timestamp.setNanos(1);
                        }
                        if (value instanceof java.util.Date date) {
                            date.setTime(0);
                        } else if (value instanceof byte[] bytes) {
                            java.util.Arrays.fill(bytes, (byte) 7);
                        }
                    }
                }
            }
        }
    }

    private interface Getter {
        Object get() throws SQLException;
    }

    private static Object tryGet(Getter getter) {
        try {
            return getter.get();
        } catch (SQLException e) {
            return null;
        }
    }

    @Test
    public void aReaderChangingWhatItGotChangesNobodyElses() throws SQLException {
        ManagedConnection<Connection> cached = connection("scribbled", EMBEDDED, "600");
        List<String> first = observe(cached.get(), ResultSet.TYPE_FORWARD_ONLY);
        scribbleOnEverything(cached.get());
        List<String> later = observe(cached.get(), ResultSet.TYPE_FORWARD_ONLY);
        assertEquals(ResultSetProbe.describeDifferences(first, later), "", ResultSetProbe.describeDifferences(first, later));
    }
}
