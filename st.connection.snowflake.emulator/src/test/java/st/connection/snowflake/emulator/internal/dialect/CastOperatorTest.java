package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CastOperatorTest {
    private static String rewrite(String sql) {
        return new CastOperator().apply(sql, DialectContext.none());
    }

    @Test
    void theCastOperatorBecomesACastWithH2sType() {
        assertThat(rewrite("select x::int, (a + b)::number(10,2), '2024-01-01'::date, f(x)::string from t"))
                .isEqualTo("select CAST(x AS int), CAST((a + b) AS NUMERIC(10,2)), CAST('2024-01-01' AS date),"
                        + " CAST(f(x) AS VARCHAR) from t");
    }

    @Test
    void typesInsideCastAndTryCastGetSnowflakesDefaults() {
        assertThat(rewrite("select cast(x as number), try_cast(y as string), cast(z as time) from t"))
                .isEqualTo("select cast(x as NUMERIC(38,0)), try_cast(y as VARCHAR), cast(z as TIME(9)) from t");
    }

    @Test
    void aCastToTimestampLtzGivesTheInstantInTheSessionsZone() {
        assertThat(rewrite("select x::timestamp_ltz from t"))
                .isEqualTo("select (CAST(x AS TIMESTAMP(9) WITH TIME ZONE) AT LOCAL) from t");
    }

    @Test
    void aCastToTimestampTzHasTheComputedTzMark() {
        assertThat(rewrite("select x::timestamp_tz from t")).isEqualTo("select CAST(x AS TIMESTAMP(8) WITH TIME ZONE) from t");
    }
}
