package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.Properties;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Values bound with PreparedStatement setters arrive in H2 as the right types and read back equal. */
class BindsTest {
    private static final String COLUMNS = "(id int, fix number(10,2), big bigint, dbl double, txt varchar(20),"
            + " flag boolean, d date, t time(9), ntz timestamp_ntz, ltz timestamp_ltz, bin varbinary)";

    @RegisterExtension
    static final ConnectedEmulator sf = new ConnectedEmulator();

    @Test
    void bindsOfEveryTypeRoundTrip() throws SQLException {
        sf.emulator().execute("create table bound" + COLUMNS);
        Timestamp ntz = Timestamp.valueOf("2024-02-29 13:14:15.123456789");
        Timestamp ltz = Timestamp.from(Instant.parse("2024-03-01T01:02:03.5Z"));
        try (PreparedStatement ps = sf.connection().prepareStatement(
                "insert into bound values (?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setInt(1, 1);
            ps.setBigDecimal(2, new BigDecimal("13.50"));
            ps.setLong(3, 9007199254740993L);
            ps.setDouble(4, 1.25);
            ps.setString(5, "héllo 'quoted'");
            ps.setBoolean(6, true);
            ps.setDate(7, Date.valueOf("2024-02-29"));
            ps.setTime(8, Time.valueOf("13:14:15"));
            ps.setTimestamp(9, ntz);
            ps.setTimestamp(10, ltz);
            ps.setBytes(11, new byte[] {0, -1, 16});
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        try (Statement s = sf.connection().createStatement(); ResultSet rs = s.executeQuery("select * from bound")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt("ID")).isEqualTo(1);
            assertThat(rs.getBigDecimal("FIX")).isEqualTo(new BigDecimal("13.50"));
            assertThat(rs.getLong("BIG")).isEqualTo(9007199254740993L);
            assertThat(rs.getDouble("DBL")).isEqualTo(1.25);
            assertThat(rs.getString("TXT")).isEqualTo("héllo 'quoted'");
            assertThat(rs.getBoolean("FLAG")).isTrue();
            assertThat(rs.getDate("D")).isEqualTo(Date.valueOf("2024-02-29"));
            assertThat(rs.getTime("T")).isEqualTo(Time.valueOf("13:14:15"));
            assertThat(rs.getTimestamp("NTZ")).isEqualTo(ntz);
            assertThat(rs.getTimestamp("LTZ").toInstant()).isEqualTo(ltz.toInstant());
            assertThat(rs.getBytes("BIN")).containsExactly(0, -1, 16);
        }
    }

    @Test
    void nullBindsOfEveryTypeStoreNull() throws SQLException {
        sf.emulator().execute("create table bound_nulls" + COLUMNS);
        try (PreparedStatement ps = sf.connection().prepareStatement(
                "insert into bound_nulls values (?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setInt(1, 1);
            int[] types = {Types.DECIMAL, Types.BIGINT, Types.DOUBLE, Types.VARCHAR, Types.BOOLEAN, Types.DATE,
                Types.TIME, Types.TIMESTAMP, Types.TIMESTAMP, Types.BINARY};
            for (int i = 0; i < types.length; i++) {
                ps.setNull(i + 2, types[i]);
            }
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        try (Statement s = sf.connection().createStatement();
                ResultSet rs = s.executeQuery("select * from bound_nulls")) {
            assertThat(rs.next()).isTrue();
            for (int i = 2; i <= 11; i++) {
                assertThat(rs.getObject(i)).isNull();
            }
        }
    }

    @Test
    void bindsWorkInWhereClauses() throws SQLException {
        sf.emulator().execute("create table people(name varchar, born date)");
        sf.emulator().execute("insert into people values ('ann', date '1990-01-01'), ('ben', date '2000-06-15')");
        try (PreparedStatement ps = sf.connection().prepareStatement(
                "select name from people where born > ? and name <> ?")) {
            ps.setDate(1, Date.valueOf("1995-01-01"));
            ps.setString(2, "nobody");
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("ben");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void timestampBindsFollowTheClientTimestampTypeMapping() throws SQLException {
        sf.emulator().execute("create table stamped(id int, ntz timestamp_ntz, tz timestamp_tz)");
        Timestamp noon = Timestamp.valueOf("2024-07-01 12:00:00");
        try (Connection ntzConnection = Driver.connect(sf.emulator(), withTimestampMapping("TIMESTAMP_NTZ"));
                PreparedStatement ps = ntzConnection.prepareStatement("insert into stamped(id, ntz) values (1, ?)")) {
            ps.setTimestamp(1, noon);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        try (Connection tzConnection = Driver.connect(sf.emulator(), withTimestampMapping("TIMESTAMP_TZ"));
                PreparedStatement ps = tzConnection.prepareStatement("insert into stamped(id, tz) values (2, ?)")) {
            ps.setTimestamp(1, noon, Calendar.getInstance(TimeZone.getTimeZone("GMT+02:00")));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        try (Statement s = sf.connection().createStatement();
                ResultSet rs = s.executeQuery("select ntz, tz from stamped order by id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getTimestamp(1)).isEqualTo(noon);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("2024-07-01 14:00:00.000 +0200");
            assertThat(rs.getTimestamp(2).toInstant()).isEqualTo(noon.toInstant());
        }
    }

    private Properties withTimestampMapping(String type) {
        Properties properties = sf.emulator().connectionProperties(Driver.USER, Driver.PASSWORD);
        properties.setProperty("CLIENT_TIMESTAMP_TYPE_MAPPING", type);
        return properties;
    }

    @Test
    void selectOfBindsAnswersTheBoundValues() throws SQLException {
        try (PreparedStatement ps = sf.connection().prepareStatement("select ?, ?, ?, ?")) {
            ps.setInt(1, 3);
            ps.setString(2, "x");
            ps.setBoolean(3, false);
            ps.setNull(4, Types.VARCHAR);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(3);
                assertThat(rs.getString(2)).isEqualTo("x");
                assertThat(rs.getBoolean(3)).isFalse();
                assertThat(rs.getObject(4)).isNull();
            }
        }
    }

    @Test
    void batchInsertsArriveAsOneArrayBindRequest() throws SQLException {
        sf.emulator().execute("create table batched(id int, name varchar)");
        long queriesBefore = sf.emulator().queryCount();
        try (PreparedStatement ps = sf.connection().prepareStatement("insert into batched values (?, ?)")) {
            for (int i = 1; i <= 3; i++) {
                ps.setInt(1, i);
                ps.setString(2, i == 2 ? null : "n" + i);
                ps.addBatch();
            }
            assertThat(ps.executeBatch()).containsExactly(1, 1, 1);
        }
        assertThat(sf.emulator().queryCount() - queriesBefore).isEqualTo(1);
        try (Statement s = sf.connection().createStatement();
                ResultSet rs = s.executeQuery("select count(*), count(name), sum(id) from batched")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(3);
            assertThat(rs.getInt(2)).isEqualTo(2);
            assertThat(rs.getInt(3)).isEqualTo(6);
        }
    }
}
