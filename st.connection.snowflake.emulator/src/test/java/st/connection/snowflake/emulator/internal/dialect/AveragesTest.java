package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AveragesTest {
    private static String rewrite(String sql) {
        return new Averages().apply(sql, DialectContext.none());
    }

    @Test
    void anAverageIsTheSumDividedByTheCount() {
        assertThat(rewrite("select avg(x), avg(distinct y) from t"))
                .isEqualTo("select (SUM(x) / COUNT(x)), (SUM(distinct y) / COUNT(distinct y)) from t");
    }

    @Test
    void aWindowedAverageKeepsItsWindowOnBothAggregates() {
        assertThat(rewrite("select avg(x) over (partition by g order by d) from t")).isEqualTo(
                "select (SUM(x) over (partition by g order by d) / COUNT(x) over (partition by g order by d)) from t");
    }

    @Test
    void qualifiedAndEmptyCallsAreLeftAlone() {
        String sql = "select s.avg(x), avg() from t";
        assertThat(rewrite(sql)).isEqualTo(sql);
    }
}
