package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * AVG and division with the types and scales of Snowflake's documentation ("Scale and precision in
 * arithmetic operations"; AVG of 1, 2, 2 is 1.666667), through the driver.
 */
class NumericResultsTest {
    @RegisterExtension
    static final ConnectedEmulator sf = new ConnectedEmulator(
            "create table measures(i int, f float, x number(10,2))",
            "insert into measures values (1, 1.0, 1.25), (2, 2.0, 2.50), (2, 2.0, 2.75), (null, null, null)");

    @Test
    void theAverageOfIntegersIsANumberWithSixDecimals() throws SQLException {
        try (Statement s = sf.connection().createStatement();
                ResultSet rs = s.executeQuery("select avg(i) from measures")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("NUMBER");
            assertThat(rs.getMetaData().getScale(1)).isEqualTo(6);
            assertThat(rs.getBigDecimal(1)).isEqualTo(new BigDecimal("1.666667"));
        }
        assertThat(value("select avg(column1) from values (1), (3), (10), (1), (3)")).isEqualTo("3.600000");
    }

    @Test
    void theAverageOfANumberWithScaleAddsSixDecimals() throws SQLException {
        assertThat(value("select avg(x) from measures")).isEqualTo("2.16666667");
        assertThat(value("select avg(distinct x) from measures where x > 2")).isEqualTo("2.62500000");
    }

    @Test
    void theAverageOfFloatsIsAFloat() throws SQLException {
        try (Statement s = sf.connection().createStatement();
                ResultSet rs = s.executeQuery("select avg(f), sum(f) from measures")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getMetaData().getColumnType(1)).isEqualTo(java.sql.Types.DOUBLE);
            assertThat(rs.getObject(1)).isEqualTo(5.0 / 3);
            assertThat(rs.getMetaData().getColumnType(2)).isEqualTo(java.sql.Types.DOUBLE);
            assertThat(rs.getObject(2)).isEqualTo(5.0);
        }
    }

    @Test
    void windowedAveragesKeepTheirWindow() throws SQLException {
        assertThat(value("select avg(i) over (partition by i) from measures where i = 2 limit 1")).isEqualTo("2.000000");
    }

    @Test
    void divisionWithAFloatOperandIsAFloat() throws SQLException {
        try (Statement s = sf.connection().createStatement(); ResultSet rs = s.executeQuery(
                "select f / 3, 1 / f, x / f, 1e0 / 3, i / 3 from measures where i = 1")) {
            assertThat(rs.next()).isTrue();
            ResultSetMetaData md = rs.getMetaData();
            for (int column = 1; column <= 4; column++) {
                assertThat(md.getColumnTypeName(column)).as("column %d", column).isEqualTo("DOUBLE");
            }
            assertThat(rs.getObject(1)).isEqualTo(1.0 / 3);
            assertThat(rs.getObject(2)).isEqualTo(1.0);
            assertThat(rs.getObject(3)).isEqualTo(1.25);
            assertThat(rs.getObject(4)).isEqualTo(1.0 / 3);
            assertThat(md.getColumnTypeName(5)).isEqualTo("NUMBER");
            assertThat(rs.getString(5)).isEqualTo("0.333333");
        }
    }

    @Test
    void div0OfFloatsIsAFloatAndOfIntegersANumber() throws SQLException {
        try (Statement s = sf.connection().createStatement(); ResultSet rs = s.executeQuery(
                "select div0(f, 0), div0(f, 4), div0null(i, null), div0(i, 4) from measures where i = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("DOUBLE");
            assertThat(rs.getObject(1)).isEqualTo(0.0);
            assertThat(rs.getObject(2)).isEqualTo(0.25);
            assertThat(rs.getString(3)).isEqualTo("0.000000");
            assertThat(rs.getMetaData().getColumnTypeName(4)).isEqualTo("NUMBER");
            assertThat(rs.getString(4)).isEqualTo("0.250000");
        }
    }

    @Test
    void divisionsNestAndChainAsInSnowflake() throws SQLException {
        assertThat(value("select 100 / (8 / 2)")).isEqualTo("25.000000");
        assertThat(value("select 100 / 8 / 2")).isEqualTo("6.250000000000");
        assertThat(value("select sum(i) / count(i) from measures")).isEqualTo("1.666667");
    }

    private String value(String sql) throws SQLException {
        try (Statement s = sf.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
