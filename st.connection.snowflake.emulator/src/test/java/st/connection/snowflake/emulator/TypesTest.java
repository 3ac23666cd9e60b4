package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Values seeded in H2 read back through the real driver, with Snowflake's column types. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypesTest {
    private SnowflakeEmulator sf;
    private Connection connection;

    @BeforeAll
    void start() throws SQLException {
        sf = SnowflakeEmulator.start();
        sf.execute("create table all_types(id int, fix number(10,2), big bigint, dbl double, txt varchar(20),"
                + " flag boolean, d date, t time(9), ntz timestamp_ntz, ltz timestamp_ltz, tz timestamp_tz,"
                + " bin varbinary, var variant, num number)");
        sf.execute("insert into all_types values (1, 13.50, 9007199254740993, 1.25, 'hello', true, date '2024-02-29',"
                + " time '13:14:15.123456789', timestamp '2024-02-29 13:14:15.123456789',"
                + " timestamp with time zone '2024-02-29 13:14:15.5+00:00',"
                + " timestamp with time zone '2024-02-29 13:14:15.5+02:00', X'00FF10', '{\"k\":[1,2]}', 2.5)");
        sf.execute("insert into all_types(id, num) values (2, 3)");
        connection = Driver.connect(sf);
    }

    @AfterAll
    void stop() throws SQLException {
        connection.close();
        sf.close();
    }

    @Test
    void everyTypeReadsBackThroughTheDriver() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select * from all_types where id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject("FIX")).isEqualTo(new BigDecimal("13.50"));
            assertThat(rs.getBigDecimal("FIX")).isEqualTo(new BigDecimal("13.50"));
            assertThat(rs.getString("FIX")).isEqualTo("13.50");
            assertThat(rs.getObject("BIG")).isEqualTo(9007199254740993L);
            assertThat(rs.getLong("BIG")).isEqualTo(9007199254740993L);
            assertThat(rs.getObject("DBL")).isEqualTo(1.25d);
            assertThat(rs.getDouble("DBL")).isEqualTo(1.25d);
            assertThat(rs.getObject("TXT")).isEqualTo("hello");
            assertThat(rs.getBoolean("FLAG")).isTrue();
            assertThat(rs.getObject("FLAG")).isEqualTo(Boolean.TRUE);
            assertThat(rs.getDate("D")).isEqualTo(Date.valueOf("2024-02-29"));
            assertThat(rs.getString("D")).isEqualTo("2024-02-29");
            assertThat(rs.getTime("T").toLocalTime().withNano(0)).isEqualTo(LocalTime.of(13, 14, 15));
            assertThat(rs.getString("T")).isEqualTo("13:14:15");
            assertThat(rs.getTimestamp("NTZ")).isEqualTo(Timestamp.valueOf("2024-02-29 13:14:15.123456789"));
            assertThat(rs.getString("NTZ")).isEqualTo("2024-02-29 13:14:15.123");
            assertThat(rs.getTimestamp("LTZ").toInstant()).isEqualTo(Instant.parse("2024-02-29T13:14:15.5Z"));
            assertThat(rs.getTimestamp("TZ").toInstant()).isEqualTo(Instant.parse("2024-02-29T11:14:15.5Z"));
            assertThat(rs.getString("TZ")).isEqualTo("2024-02-29 13:14:15.500 +0200");
            assertThat(rs.getBytes("BIN")).containsExactly(0x00, 0xFF, 0x10);
            assertThat(rs.getString("BIN")).isEqualTo("00FF10");
            assertThat(rs.getString("VAR")).as("spread over lines, as Snowflake sends it")
                    .isEqualTo("{\n  \"k\": [\n    1,\n    2\n  ]\n}");
            assertThat(rs.getObject("NUM")).isEqualTo(new BigDecimal("2.5"));
        }
    }

    @Test
    void aVariantCastToTextIsCompact() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select var::string, to_varchar(var), var:k from all_types where id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("{\"k\":[1,2]}");
            assertThat(rs.getString(2)).isEqualTo("{\"k\":[1,2]}");
            assertThat(rs.getString(3)).as("a path's value is a VARIANT again").isEqualTo("[\n  1,\n  2\n]");
        }
    }

    @Test
    void columnsCarrySnowflakeTypes() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select * from all_types")) {
            ResultSetMetaData md = rs.getMetaData();
            assertThat(md.getColumnTypeName(2)).isEqualTo("NUMBER");
            assertThat(md.getColumnType(2)).isEqualTo(Types.DECIMAL);
            assertThat(md.getPrecision(2)).isEqualTo(10);
            assertThat(md.getScale(2)).isEqualTo(2);
            assertThat(md.getColumnType(3)).isEqualTo(Types.BIGINT);
            String[] names = new String[md.getColumnCount()];
            for (int i = 1; i <= md.getColumnCount(); i++) {
                names[i - 1] = md.getColumnTypeName(i);
            }
            assertThat(names).containsExactly("NUMBER", "NUMBER", "NUMBER", "DOUBLE", "VARCHAR", "BOOLEAN", "DATE",
                    "TIME", "TIMESTAMPNTZ", "TIMESTAMPLTZ", "TIMESTAMPTZ", "BINARY", "VARIANT", "NUMBER");
            assertThat(md.getColumnLabel(5)).isEqualTo("TXT");
        }
    }

    @Test
    void nullsOfEveryTypeReadAsNull() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select * from all_types where id = 2")) {
            assertThat(rs.next()).isTrue();
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 2; i <= md.getColumnCount() - 1; i++) {
                assertThat(rs.getObject(i)).as(md.getColumnName(i)).isNull();
                assertThat(rs.wasNull()).isTrue();
            }
            assertThat(rs.getBoolean("FLAG")).isFalse();
            assertThat(rs.getTimestamp("NTZ")).isNull();
            assertThat(rs.getBytes("BIN")).isNull();
            assertThat(rs.getObject("NUM")).isEqualTo(3L);
        }
    }

    @Test
    void expressionsAndLiteralsGetTypesToo() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select 42, 1.5, 'x', cast(2.5 as double), true, null,"
                        + " timestamp '1969-12-31 23:59:59.5', date '1900-01-01', X'0A'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(1)).isEqualTo(42L);
            assertThat(rs.getObject(2)).isEqualTo(new BigDecimal("1.5"));
            assertThat(rs.getObject(3)).isEqualTo("x");
            assertThat(rs.getObject(4)).isEqualTo(2.5d);
            assertThat(rs.getObject(5)).isEqualTo(true);
            assertThat(rs.getObject(6)).isNull();
            assertThat(rs.getTimestamp(7)).isEqualTo(Timestamp.valueOf("1969-12-31 23:59:59.5"));
            assertThat(rs.getDate(8)).isEqualTo(Date.valueOf("1900-01-01"));
            assertThat(rs.getBytes(9)).containsExactly(10);
        }
    }

    @Test
    void manyRowsComeBackInOrder() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select x, 'row ' || x from system_range(1, 5000) order by x")) {
            int count = 0;
            while (rs.next()) {
                count++;
                assertThat(rs.getInt(1)).isEqualTo(count);
                assertThat(rs.getString(2)).isEqualTo("row " + count);
            }
            assertThat(count).isEqualTo(5000);
        }
    }

    @Test
    void timeOfDayKeepsItsFraction() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select t from all_types where id = 1")) {
            assertThat(rs.next()).isTrue();
            Time time = rs.getTime(1);
            assertThat(time.getTime() % 1000).isEqualTo(123);
        }
    }
}
