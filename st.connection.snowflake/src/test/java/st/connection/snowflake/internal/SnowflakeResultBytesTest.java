package st.connection.snowflake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import net.snowflake.client.jdbc.SnowflakeDriver;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import st.connection.api.jdbc.CapturedResult;
import st.connection.snowflake.emulator.SnowflakeEmulator;
import st.connection.testing.ResultSetProbe;
import st.connection.testing.SnowflakeAllTypes;

/**
 * A Snowflake result written as bytes on one connection and read back on another (as another node
 * of a cluster does, with its own session) answers every getter of every type as the driver's own
 * result does on that other connection: values and classes, metadata, navigation and failures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnowflakeResultBytesTest {

    private static final SnowflakeDriver DRIVER = new SnowflakeDriver();
    private static final String BY_ID = "SELECT * FROM ALL_TYPES WHERE ID >= ? ORDER BY ID";
    private static final Map<String, String> OTHER_ZONE_AND_FORMATS = Map.of("TIMEZONE", "Asia/Kolkata",
            "TIMESTAMP_OUTPUT_FORMAT", "YYYY-MM-DD HH24:MI:SS.FF9 TZH:TZM", "DATE_OUTPUT_FORMAT", "DD.MM.YYYY",
            "BINARY_OUTPUT_FORMAT", "BASE64");

    private final SnowflakeResultReplay replay = new SnowflakeResultReplay();
    private SnowflakeEmulator emulator;

    @BeforeAll
    void start() throws SQLException {
        emulator = SnowflakeEmulator.builder().user("alice", "right").start();
        for (String sql : SnowflakeAllTypes.statements("123456789012345678901234567890")) {
            emulator.execute(sql);
        }
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    private Connection connect(Map<String, String> session) throws SQLException {
        Properties properties = emulator.connectionProperties("alice", "right");
        properties.putAll(session);
        return DRIVER.connect(emulator.jdbcUrl(), properties);
    }

    @Test
    void everyGetterOfEveryTypeReadsBackAsTheDriverAnswers() throws SQLException {
        assertReadBackAsTheDriver(Map.of());
    }

    @Test
    void otherSessionTimeZonesAndFormatsReadBackAsTheDriverAnswers() throws SQLException {
        assertReadBackAsTheDriver(OTHER_ZONE_AND_FORMATS);
    }

    private void assertReadBackAsTheDriver(Map<String, String> session) throws SQLException {
        try (Connection writer = connect(session); Connection reader = connect(session)) {
            assertThat(replay.portableForm(reader)).isEqualTo(replay.portableForm(writer)).isNotNull();
            assertSameReads(writer, reader, SnowflakeAllTypes.SELECT_ALL, null);
            assertSameReads(writer, reader, BY_ID, 2);
        }
    }

    /** Compares the driver's result on the reader with the writer's result read back on the reader. */
    private void assertSameReads(Connection writer, Connection reader, String sql, Integer fromId) throws SQLException {
        List<String> driver;
        List<String> readBack;
        try (PreparedStatement statement = reader.prepareStatement(sql)) {
            bind(statement, fromId);
            driver = observe(statement.executeQuery(), statement, sql);
        }
        if (fromId == null) {
            try (Statement statement = reader.createStatement()) {
                ResultSetProbe scrolled = new ResultSetProbe();
                scrolled.tryToScroll(statement.executeQuery(sql));
                driver.addAll(scrolled.observations());
            }
        }
        byte[] bytes;
        try (PreparedStatement statement = writer.prepareStatement(sql)) {
            bind(statement, fromId);
            bytes = replay.write(replay.capture(statement.executeQuery(), 1000));
        }
        assertThat(bytes).isNotNull();
        long queries = emulator.queryCount();
        CapturedResult read = replay.read(bytes, reader);
        try (PreparedStatement statement = reader.prepareStatement(sql)) {
            readBack = observe(replay.replay(read, statement), statement, sql);
            if (fromId == null) {
                ResultSetProbe scrolled = new ResultSetProbe();
                scrolled.tryToScroll(replay.replay(read, statement));
                readBack.addAll(scrolled.observations());
            }
        }
        assertThat(emulator.queryCount()).as("reading back asks Snowflake nothing").isEqualTo(queries);
        assertThat(ResultSetProbe.describeDifferences(driver, readBack)).isEmpty();
    }

    private static void bind(PreparedStatement statement, Integer fromId) throws SQLException {
        if (fromId != null) {
            statement.setInt(1, fromId);
        }
    }

    private static List<String> observe(ResultSet rows, Statement statement, String sql) throws SQLException {
        ResultSetProbe probe = new ResultSetProbe();
        probe.readAll(rows, statement);
        assertThat(probe.cellsRead()).as("cells read of " + sql).isGreaterThanOrEqualTo(15 * 3);
        assertThat(probe.getterCalls()).isGreaterThanOrEqualTo(probe.cellsRead() * 80);
        return probe.observations();
    }

    @Test
    void aSessionsFormStaysTheSameAsItsQueriesRun() throws SQLException {
        try (Connection used = connect(Map.of()); Connection fresh = connect(Map.of())) {
            String before = replay.portableForm(used);
            try (Statement statement = used.createStatement()) {
                statement.executeQuery(SnowflakeAllTypes.SELECT_ALL).close();
            }
            assertThat(replay.portableForm(used)).isEqualTo(before).isEqualTo(replay.portableForm(fresh));
        }
    }

    @Test
    void sessionsThatConvertDifferentlyHaveDifferentForms() throws SQLException {
        try (Connection plain = connect(Map.of()); Connection otherZone = connect(OTHER_ZONE_AND_FORMATS)) {
            assertThat(replay.portableForm(plain)).isNotEqualTo(replay.portableForm(otherZone));
        }
    }

    @Test
    void aResultLargerThanTheCaptureIsNotWritten() throws SQLException {
        try (Connection connection = connect(Map.of()); Statement statement = connection.createStatement()) {
            CapturedResult partial = replay.capture(statement.executeQuery(SnowflakeAllTypes.SELECT_ALL), 2);
            assertThat(partial.isComplete()).isFalse();
            assertThat(replay.write(partial)).isNull();
        }
    }

    @Test
    void bytesThatAreNotAWrittenResultAreRefused() throws SQLException {
        try (Connection connection = connect(Map.of()); Statement statement = connection.createStatement()) {
            byte[] bytes = replay.write(replay.capture(statement.executeQuery(SnowflakeAllTypes.SELECT_ALL), 1000));
            byte[] cut = Arrays.copyOf(bytes, bytes.length - 3);
            assertThatThrownBy(() -> replay.read(cut, connection)).isInstanceOf(SQLException.class);
            byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
            assertThatThrownBy(() -> replay.read(longer, connection)).isInstanceOf(SQLException.class);
        }
    }
}
