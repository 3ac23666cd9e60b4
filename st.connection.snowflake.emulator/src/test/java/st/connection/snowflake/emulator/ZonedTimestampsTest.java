package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * TIMESTAMP_LTZ read in the session's time zone and TIMESTAMP_TZ with its own offset and nine
 * fraction digits, as Snowflake's documentation of the timestamp types describes, through the driver.
 */
class ZonedTimestampsTest {
    @RegisterExtension
    static final ConnectedEmulator sf = new ConnectedEmulator(
            "create table events(id int, happened timestamp_ltz, zoned timestamp_tz, wall timestamp_ntz)",
            "insert into events values (1, '2024-01-15 03:00:00 +00:00', '2024-01-15 03:00:00.123456789 +02:00',"
                    + " '2024-01-15 03:00:00')",
            "alter session set timezone = 'America/New_York'");

    @Test
    void fieldsOfATimestampLtzAreReadInTheSessionTimeZone() throws SQLException {
        assertThat(row("select hour(happened), day(happened), date_trunc('day', happened), happened::date, to_varchar(happened),"
                + " date_part(hour, happened), extract(hour from happened) from events"))
                .isEqualTo("22|14|2024-01-14 00:00:00.000 -0500|2024-01-14|2024-01-14 22:00:00.000 -0500|22|22");
    }

    @Test
    void aCastToTimestampLtzGivesTheInstantInTheSessionTimeZone() throws SQLException {
        assertThat(row("select hour('2024-01-15 03:00:00 +00:00'::timestamp_ltz),"
                + " date_trunc('month', '2024-02-01 01:00:00 +00:00'::timestamp_ltz)"))
                .isEqualTo("22|2024-01-01 00:00:00.000 -0500");
    }

    @Test
    void timestampTzKeepsItsOffsetAndNineFractionDigits() throws SQLException {
        try (Statement s = sf.connection().createStatement();
                ResultSet rs = s.executeQuery("select zoned, hour(zoned) from events")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("TIMESTAMPTZ");
            assertThat(rs.getTimestamp(1).toInstant()).isEqualTo(Instant.parse("2024-01-15T01:00:00.123456789Z"));
            assertThat(rs.getString(1)).isEqualTo("2024-01-15 03:00:00.123 +0200");
            assertThat(rs.getInt(2)).isEqualTo(3);
        }
    }

    @Test
    void timestampTypesSurviveSubqueriesAndCalls() throws SQLException {
        try (Statement s = sf.connection().createStatement(); ResultSet rs = s.executeQuery(
                "select zoned, happened, wall, date_trunc('hour', zoned), date_trunc('hour', happened), dateadd(day, 1, zoned)"
                        + " from (select * from events)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("TIMESTAMPTZ");
            assertThat(rs.getMetaData().getColumnTypeName(2)).isEqualTo("TIMESTAMPLTZ");
            assertThat(rs.getMetaData().getColumnTypeName(3)).isEqualTo("TIMESTAMPNTZ");
            assertThat(rs.getMetaData().getColumnTypeName(4)).isEqualTo("TIMESTAMPTZ");
            assertThat(rs.getMetaData().getColumnTypeName(5)).isEqualTo("TIMESTAMPLTZ");
            assertThat(rs.getMetaData().getColumnTypeName(6)).isEqualTo("TIMESTAMPTZ");
            assertThat(rs.getTimestamp(1).getNanos()).isEqualTo(123456789);
            assertThat(rs.getString(4)).isEqualTo("2024-01-15 03:00:00.000 +0200");
            assertThat(rs.getString(5)).isEqualTo("2024-01-14 22:00:00.000 -0500");
            assertThat(rs.getString(6)).isEqualTo("2024-01-16 03:00:00.123 +0200");
        }
    }

    @Test
    void describeTellsTimestampTzFromTimestampLtz() throws SQLException {
        try (Statement s = sf.connection().createStatement(); ResultSet rs = s.executeQuery("describe table events")) {
            StringBuilder types = new StringBuilder();
            while (rs.next()) {
                types.append(rs.getString("type")).append(' ');
            }
            assertThat(types.toString().strip()).isEqualTo("NUMBER(38,0) TIMESTAMP_LTZ(9) TIMESTAMP_TZ(9) TIMESTAMP_NTZ(9)");
        }
    }

    private String row(String sql) throws SQLException {
        try (Statement s = sf.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(i > 1 ? "|" : "").append(rs.getString(i));
            }
            return row.toString();
        }
    }
}
