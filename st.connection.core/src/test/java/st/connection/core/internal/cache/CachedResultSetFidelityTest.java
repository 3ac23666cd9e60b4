package st.connection.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.Set;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads every column through the driver and through a cached copy, and compares them getter by getter. */
class CachedResultSetFidelityTest {

    private static final String ALL_TYPES = """
            CREATE TABLE ALL_TYPES(
              C_BOOLEAN BOOLEAN, C_TINYINT TINYINT, C_SMALLINT SMALLINT, C_INT INTEGER, C_BIGINT BIGINT,
              C_NUMERIC NUMERIC(38, 10), C_DECFLOAT DECFLOAT, C_REAL REAL, C_DOUBLE DOUBLE PRECISION,
              C_CHAR CHAR(5), C_VARCHAR VARCHAR(100), C_VARCHAR_IC VARCHAR_IGNORECASE(20), C_CLOB CLOB,
              C_BINARY BINARY(4), C_VARBINARY VARBINARY(10), C_BLOB BLOB,
              C_DATE DATE, C_TIME TIME, C_TIME_TZ TIME WITH TIME ZONE, C_TIMESTAMP TIMESTAMP(9),
              C_TIMESTAMP_TZ TIMESTAMP(9) WITH TIME ZONE, C_INTERVAL INTERVAL DAY TO SECOND, C_UUID UUID,
              C_JSON JSON, C_ENUM ENUM('RED', 'GREEN'))""";

    /** The type families of JDBC's conversion table (JDBC 4.3, table B-6). */
    private static final Set<Integer> NUMERIC = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
            Types.REAL, Types.FLOAT, Types.DOUBLE, Types.DECIMAL, Types.NUMERIC, Types.BOOLEAN, Types.BIT);
    private static final Set<Integer> CHARACTER = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR);
    /** TIME columns read as timestamps are implementation-defined (today or 1970-01-01): not compared. */
    private static final Set<Integer> TEMPORAL = Set.of(Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.CHAR, Types.VARCHAR);
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    private Connection connection;

    @BeforeEach
    void createTable() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:fidelity");
        try (Statement statement = connection.createStatement()) {
            statement.execute(ALL_TYPES);
            statement.execute("""
                    INSERT INTO ALL_TYPES VALUES (TRUE, 7, -300, 123456, 9223372036854775807,
                      12345678901234567890.0123456789, 1.5E+400, 1.25, 3.141592653589793,
                      'ab', 'text with ünïcode', 'MiXeD', 'a long clob', X'01020304', X'CAFE', X'DEADBEEF',
                      DATE '2024-02-29', TIME '23:59:58', TIME WITH TIME ZONE '10:00:00+02:00',
                      TIMESTAMP '2024-03-31 02:30:00.123456789',
                      TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00.5+05:30', INTERVAL '1 02:03:04' DAY TO SECOND,
                      '123e4567-e89b-12d3-a456-426614174000', JSON '{"a":1}', 'GREEN')""");
            statement.execute("INSERT INTO ALL_TYPES(C_INT) VALUES (NULL)");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        connection.close();
    }

    private ResultSet original() throws SQLException {
        return connection.createStatement().executeQuery("SELECT * FROM ALL_TYPES ORDER BY C_INT NULLS LAST");
    }

    private ResultSet cached() throws SQLException {
        try (ResultSet rows = original()) {
            return new CachedResultSet(ResultMaterializer.materialize(rows, 60), null);
        }
    }

    @Test
    void metadataMatchesTheOriginal() throws SQLException {
        ResultSetMetaData expected = original().getMetaData();
        ResultSetMetaData actual = cached().getMetaData();
        assertThat(actual.getColumnCount()).isEqualTo(expected.getColumnCount());
        for (int c = 1; c <= expected.getColumnCount(); c++) {
            assertThat(actual.getColumnLabel(c)).isEqualTo(expected.getColumnLabel(c));
            assertThat(actual.getColumnType(c)).as(expected.getColumnLabel(c)).isEqualTo(expected.getColumnType(c));
            assertThat(actual.getColumnTypeName(c)).isEqualTo(expected.getColumnTypeName(c));
            assertThat(actual.getPrecision(c)).isEqualTo(expected.getPrecision(c));
            assertThat(actual.getScale(c)).isEqualTo(expected.getScale(c));
            assertThat(actual.isNullable(c)).isEqualTo(expected.isNullable(c));
            assertThat(actual.getColumnClassName(c)).isEqualTo(expected.getColumnClassName(c));
            assertThat(actual.getTableName(c)).isEqualTo(expected.getTableName(c));
        }
    }

    @Test
    void everyColumnReadsAsTheOriginalDoes() throws SQLException {
        ResultSet expected = original();
        ResultSet actual = cached();
        int columns = expected.getMetaData().getColumnCount();
        Calendar tokyo = Calendar.getInstance(TimeZone.getTimeZone("Asia/Tokyo"));
        while (expected.next()) {
            assertThat(actual.next()).isTrue();
            for (int column = 1; column <= columns; column++) {
                int c = column;
                String label = expected.getMetaData().getColumnLabel(c);
                assertThat(actual.getString(c)).as(label + " getString").isEqualTo(expected.getString(c));
                assertThat(actual.wasNull()).as(label + " wasNull").isEqualTo(expected.wasNull());
                assertSameObject(label, expected.getObject(c), actual.getObject(c));
                assertThat(actual.getString(label)).as(label + " by label").isEqualTo(expected.getString(label));
                int type = expected.getMetaData().getColumnType(c);
                if (NUMERIC.contains(type) || CHARACTER.contains(type)) {
                    compareIfSupported(label + " getBigDecimal", () -> expected.getBigDecimal(c),
                            () -> actual.getBigDecimal(c));
                    compareIfSupported(label + " getLong", () -> expected.getLong(c), () -> actual.getLong(c));
                    compareIfSupported(label + " getDouble", () -> expected.getDouble(c), () -> actual.getDouble(c));
                    compareIfSupported(label + " getBoolean", () -> expected.getBoolean(c), () -> actual.getBoolean(c));
                }
                if (TEMPORAL.contains(type)) {
                    compareIfSupported(label + " getTimestamp", () -> expected.getTimestamp(c),
                            () -> actual.getTimestamp(c));
                    compareIfSupported(label + " getTimestamp(cal)", () -> expected.getTimestamp(c, tokyo),
                            () -> actual.getTimestamp(c, tokyo));
                    compareIfSupported(label + " getDate", () -> expected.getDate(c), () -> actual.getDate(c));
                    compareIfSupported(label + " LocalDateTime", () -> expected.getObject(c, LocalDateTime.class),
                            () -> actual.getObject(c, LocalDateTime.class));
                    compareIfSupported(label + " LocalDate", () -> expected.getObject(c, LocalDate.class),
                            () -> actual.getObject(c, LocalDate.class));
                    compareIfSupported(label + " OffsetDateTime", () -> expected.getObject(c, OffsetDateTime.class),
                            () -> actual.getObject(c, OffsetDateTime.class));
                }
                if (BINARY.contains(type)) {
                    compareIfSupported(label + " getBytes", () -> expected.getBytes(c), () -> actual.getBytes(c));
                }
            }
        }
        assertThat(actual.next()).isFalse();
    }

    private static void assertSameObject(String label, Object expected, Object actual) throws SQLException {
        if (expected instanceof java.sql.Clob clob) {
            assertThat(((java.sql.Clob) actual).getSubString(1, (int) clob.length()))
                    .isEqualTo(clob.getSubString(1, (int) clob.length()));
        } else if (expected instanceof java.sql.Blob blob) {
            assertThat(((java.sql.Blob) actual).getBytes(1, (int) blob.length()))
                    .isEqualTo(blob.getBytes(1, (int) blob.length()));
        } else {
            assertThat(actual).as(label + " getObject").isEqualTo(expected);
        }
    }

    /** Where the driver can convert, the cache must give the same; where it refuses, so may the cache. */
    private static void compareIfSupported(String what, SqlCall<?> expected, SqlCall<?> actual) {
        Object wanted;
        try {
            wanted = expected.call();
        } catch (SQLException driverRefuses) {
            return;
        }
        try {
            assertThat(actual.call()).as(what).isEqualTo(wanted);
        } catch (SQLException e) {
            throw new AssertionError(what + ": the driver gives " + wanted + " but the cache fails: " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    @Test
    void columnsWhoseFirstValuesAreNullReadAsTheOriginalInLaterRows() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE LATE(ID INT, B BOOLEAN, L CLOB, X BLOB)");
            statement.execute("INSERT INTO LATE VALUES (1, NULL, NULL, NULL), (2, TRUE, 'first', X'01'), "
                    + "(3, FALSE, 'second', X'02'), (4, TRUE, NULL, X'03'), (5, FALSE, 'fifth', NULL)");
        }
        String sql = "SELECT * FROM LATE ORDER BY ID";
        ResultSet cached;
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            cached = new CachedResultSet(ResultMaterializer.materialize(rows, 60), null);
        }
        try (ResultSet original = connection.createStatement().executeQuery(sql)) {
            while (original.next()) {
                assertThat(cached.next()).isTrue();
                for (int column = 1; column <= 4; column++) {
                    assertThat(cached.getString(column)).as("getString(%d) of row %d", column, original.getRow())
                            .isEqualTo(original.getString(column));
                }
                assertThat(cached.getObject(2)).isEqualTo(original.getObject(2));
                assertThat(cached.getBytes(4)).isEqualTo(original.getBytes(4));
            }
            assertThat(cached.next()).isFalse();
        }
    }

    @Test
    void aResultCanBeReadAgainAndScrolled() throws SQLException {
        CachedResult result;
        try (ResultSet rows = original()) {
            result = ResultMaterializer.materialize(rows, 60);
        }
        for (int reading = 0; reading < 2; reading++) {
            ResultSet rows = new CachedResultSet(result, null);
            assertThat(rows.getType()).isEqualTo(ResultSet.TYPE_SCROLL_INSENSITIVE);
            assertThat(rows.getConcurrency()).isEqualTo(ResultSet.CONCUR_READ_ONLY);
            assertThat(rows.last()).isTrue();
            assertThat(rows.getRow()).isEqualTo(2);
            assertThat(rows.getInt("C_INT")).isZero();
            assertThat(rows.wasNull()).isTrue();
            assertThat(rows.first()).isTrue();
            assertThat(rows.getInt("c_int")).isEqualTo(123456);
            assertThat(rows.previous()).isFalse();
            assertThat(rows.isBeforeFirst()).isTrue();
        }
    }

    @Test
    void changingAValueReadFromTheCacheChangesNoOtherReadersValue() throws SQLException {
        CachedResult result;
        try (ResultSet rows = original()) {
            result = ResultMaterializer.materialize(rows, 60);
        }
        ResultSet mine = new CachedResultSet(result, null);
        mine.next();
        java.sql.Timestamp timestamp = (java.sql.Timestamp) mine.getObject("C_TIMESTAMP");
        assertThatThrownBy(() -> timestamp.setNanos(0)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("A value read from the query cache cannot be changed; change a clone() of it");
        assertThatThrownBy(() -> ((java.util.Date) mine.getObject("C_DATE")).setTime(0))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((java.util.Date) mine.getObject("C_TIME")).setTime(0))
                .isInstanceOf(UnsupportedOperationException.class);
        java.sql.Timestamp copy = (java.sql.Timestamp) timestamp.clone();
        copy.setNanos(0);
        mine.getTimestamp("C_TIMESTAMP").setTime(0);
        ((byte[]) mine.getObject("C_VARBINARY"))[0] = 0;

        ResultSet theirs = new CachedResultSet(result, null);
        theirs.next();
        assertThat(theirs.getObject("C_TIMESTAMP")).hasToString("2024-03-31 02:30:00.123456789");
        assertThat(theirs.getObject("C_DATE")).hasToString("2024-02-29");
        assertThat(theirs.getObject("C_TIME")).hasToString("23:59:58");
        assertThat((byte[]) theirs.getObject("C_VARBINARY")).containsExactly(0xCA, 0xFE);
    }

    @Test
    void updatesAreRefused() throws SQLException {
        ResultSet rows = cached();
        rows.next();
        assertThatThrownBy(() -> rows.updateInt(1, 5)).isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("read-only");
        rows.close();
        assertThatThrownBy(rows::next).isInstanceOf(SQLException.class).hasMessageContaining("closed");
    }
}
