package st.connection.cache.h2.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import st.connection.api.jdbc.CapturedResult;
import st.connection.testing.ResultSetProbe;

/**
 * A result H2ResultReplay writes as bytes and reads back on another connection answers every
 * getter, its metadata and its navigation as H2's own result of the same query; a result it
 * cannot write exactly is not written.
 */
class PortableH2ResultsTest {

    private static final String EMBEDDED = "jdbc:h2:mem:portable;DB_CLOSE_DELAY=-1";
    private static final String ALL_TYPES = "SELECT * FROM PORTABLE_TYPES ORDER BY ID";
    private static final int COLUMNS = 24;
    private static final int ROWS = 5;

    private static Server server;
    private final H2ResultReplay replay = new H2ResultReplay();

    @BeforeAll
    static void createTable() throws SQLException {
        server = Server.createTcpServer("-tcpPort", "0").start();
        try (Connection connection = DriverManager.getConnection(EMBEDDED, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE PORTABLE_TYPES(ID INT PRIMARY KEY, C_BOOLEAN BOOLEAN, C_TINYINT TINYINT,
                        C_SMALLINT SMALLINT, C_INTEGER INTEGER, C_BIGINT BIGINT, C_NUMERIC NUMERIC(30, 10),
                        C_DECFLOAT DECFLOAT, C_REAL REAL, C_DOUBLE DOUBLE PRECISION, C_CHAR CHAR(6),
                        C_VARCHAR VARCHAR(200), C_VARCHAR_IC VARCHAR_IGNORECASE(50), C_BINARY BINARY(4),
                        C_VARBINARY VARBINARY(50), C_DATE DATE, C_TIME TIME, C_TIME9 TIME(9),
                        C_TIMETZ TIME WITH TIME ZONE, C_TIMESTAMP TIMESTAMP, C_TIMESTAMP9 TIMESTAMP(9),
                        C_TIMESTAMPTZ TIMESTAMP(9) WITH TIME ZONE, C_JSON JSON, C_UUID UUID)""");
            statement.execute("""
                    INSERT INTO PORTABLE_TYPES VALUES (1, TRUE, 7, 300, 123456, 9223372036854775807, 2.7, 1E-400,
                        1.5, 2.7, 'ab', 'Grüße 😀 日本', 'MixedCase', X'01020304', X'', DATE '2024-02-29',
                        TIME '23:59:59', TIME '12:34:56.123456789', TIME WITH TIME ZONE '10:00:00+05:30',
                        TIMESTAMP '2038-01-19 03:14:08', TIMESTAMP '2024-02-29 12:34:56.123456789',
                        TIMESTAMP WITH TIME ZONE '2024-02-29 12:34:56.5+14:00', JSON '{"a":[1,2]}',
                        UUID '123e4567-e89b-12d3-a456-426614174000')""");
            statement.execute("""
                    INSERT INTO PORTABLE_TYPES VALUES (2, FALSE, -128, -32768, -2147483648, -9223372036854775808,
                        -0.0000000001, 'Infinity', -3.4028235E38, 1.0E300, '', '', '', X'00000000', X'00FF',
                        DATE '0001-01-01', TIME '00:00:00', TIME '00:00:00.000000001', TIME WITH TIME ZONE '23:59:59-12:00',
                        TIMESTAMP '9999-12-31 23:59:59', TIMESTAMP '1970-01-01 00:00:00',
                        TIMESTAMP WITH TIME ZONE '1900-01-01 00:00:00-12:00', JSON '"text"',
                        UUID '00000000-0000-0000-0000-000000000000')""");
            statement.execute("INSERT INTO PORTABLE_TYPES(ID) VALUES (3)");
            statement.execute("""
                    INSERT INTO PORTABLE_TYPES(ID, C_INTEGER, C_NUMERIC, C_DECFLOAT, C_REAL, C_DOUBLE, C_CHAR,
                        C_VARCHAR, C_VARCHAR_IC, C_JSON) VALUES (4, 1, 2147483648.5, 'NaN', 'NaN', -0.0, '2.5', '42',
                        'true', JSON 'null')""");
            statement.execute("""
                    INSERT INTO PORTABLE_TYPES(ID, C_TINYINT, C_SMALLINT, C_BIGINT, C_NUMERIC, C_DECFLOAT, C_REAL,
                        C_DOUBLE, C_VARCHAR, C_UUID) VALUES (5, 127, 32767, 0, -99999999999999999999.9999999999,
                        '-Infinity', 'Infinity', 'NaN', 'x' || CHAR(0) || 'y', UUID 'ffffffff-ffff-ffff-ffff-ffffffffffff')""");
        }
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    private static String serverUrl() {
        return "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:portable";
    }

    @Test
    void anEmbeddedResultReadOnAnotherConnectionAnswersAsH2() throws SQLException {
        assertReadBackAnswersAsH2(EMBEDDED, ResultSet.TYPE_FORWARD_ONLY);
        assertReadBackAnswersAsH2(EMBEDDED, ResultSet.TYPE_SCROLL_INSENSITIVE);
    }

    @Test
    void aServersResultReadOnAnotherConnectionAnswersAsH2() throws SQLException {
        assertReadBackAnswersAsH2(serverUrl(), ResultSet.TYPE_FORWARD_ONLY);
        assertReadBackAnswersAsH2(serverUrl(), ResultSet.TYPE_SCROLL_INSENSITIVE);
    }

    private void assertReadBackAnswersAsH2(String url, int type) throws SQLException {
        try (Connection writer = DriverManager.getConnection(url, "sa", "");
                Connection reader = DriverManager.getConnection(url, "sa", "")) {
            assertThat(replay.portableForm(reader)).isEqualTo(replay.portableForm(writer));
            byte[] bytes;
            List<String> driver;
            try (Statement statement = writer.createStatement(type, ResultSet.CONCUR_READ_ONLY)) {
                driver = observe(statement, () -> statement.executeQuery(ALL_TYPES), type);
                try (ResultSet rows = statement.executeQuery(ALL_TYPES)) {
                    bytes = replay.write(replay.capture(rows, 100));
                }
            }
            assertThat(bytes).as("every type of the table is portable").isNotNull();

            List<String> readBack;
            try (Statement statement = reader.createStatement(type, ResultSet.CONCUR_READ_ONLY)) {
                readBack = observe(statement, () -> replay.replay(replay.read(bytes, reader), statement), type);
            }
            assertThat(ResultSetProbe.describeDifferences(driver, readBack)).isEmpty();
        }
    }

    @FunctionalInterface
    private interface Query {
        ResultSet run() throws SQLException;
    }

    private static List<String> observe(Statement statement, Query query, int type) throws SQLException {
        ResultSetProbe probe = new ResultSetProbe();
        try (ResultSet rows = query.run()) {
            probe.readAll(rows, statement);
        }
        try (ResultSet rows = query.run()) {
            probe.moveAround(rows, type);
        }
        assertThat(probe.cellsRead()).isEqualTo(COLUMNS * ROWS);
        assertThat(probe.getterCalls()).as("every getter of every cell").isGreaterThanOrEqualTo(80 * COLUMNS * ROWS);
        return probe.observations();
    }

    @Test
    void aResultHoldingAValueWithoutAnExactByteFormIsNotWritten() throws SQLException {
        try (Connection connection = DriverManager.getConnection(EMBEDDED, "sa", "");
                Statement statement = connection.createStatement()) {
            for (String value : List.of("CAST('a clob' AS CLOB)", "X'DEADBEEF'::BLOB", "ARRAY[1, 2]",
                    "ROW(1, 'x')", "INTERVAL '1-2' YEAR TO MONTH", "INTERVAL '3 04:05:06' DAY TO SECOND",
                    "CAST(X'ACED0005740003616263' AS JAVA_OBJECT)", "CAST('red' AS ENUM('red', 'green'))")) {
                try (ResultSet rows = statement.executeQuery("SELECT 1, " + value)) {
                    CapturedResult captured = replay.capture(rows, 100);
                    assertThat(captured).as(value).isNotNull();
                    assertThat(replay.write(captured)).as(value).isNull();
                }
            }
        }
    }

    @Test
    void anIncompleteResultIsNotWritten() throws SQLException {
        try (Connection connection = DriverManager.getConnection(EMBEDDED, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(ALL_TYPES)) {
            CapturedResult captured = replay.capture(rows, 2);
            assertThat(captured.isComplete()).isFalse();
            assertThat(replay.write(captured)).isNull();
        }
    }

    @Test
    void aResultComputedLazilyIsNotWritten() throws SQLException {
        try (Connection connection = DriverManager.getConnection(EMBEDDED + ";LAZY_QUERY_EXECUTION=TRUE", "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ID FROM PORTABLE_TYPES")) {
            H2CapturedRows captured = (H2CapturedRows) replay.capture(rows, 100);
            assertThat(captured.isLazy()).isTrue();
            assertThat(replay.write(captured)).isNull();
        }
    }

    @Test
    void theFormNamesTheSessionsTimeZoneAndWhereTheDatabaseRuns() throws SQLException {
        try (Connection embedded = DriverManager.getConnection(EMBEDDED, "sa", "");
                Connection other = DriverManager.getConnection(EMBEDDED, "sa", "");
                Connection remote = DriverManager.getConnection(serverUrl(), "sa", "")) {
            String form = replay.portableForm(embedded);
            assertThat(form).startsWith("h2-values/1 h2=2.3.").contains(" embedded");
            assertThat(replay.portableForm(remote)).contains(" server").isNotEqualTo(form);
            try (Statement statement = other.createStatement()) {
                statement.execute("SET TIME ZONE 'Asia/Kolkata'");
            }
            assertThat(replay.portableForm(other)).isNotEqualTo(form).contains("session-zone=Asia/Kolkata");
        }
    }

    @Test
    void cutOrExtendedBytesAreRefused() throws SQLException {
        try (Connection connection = DriverManager.getConnection(EMBEDDED, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(ALL_TYPES)) {
            byte[] bytes = replay.write(replay.capture(rows, 100));
            assertThatThrownBy(() -> replay.read(Arrays.copyOf(bytes, bytes.length - 1), connection))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> replay.read(Arrays.copyOf(bytes, bytes.length + 1), connection))
                    .isInstanceOf(SQLException.class);
            assertThat(replay.read(bytes, connection).rowCount()).isEqualTo(ROWS);
        }
    }
}
