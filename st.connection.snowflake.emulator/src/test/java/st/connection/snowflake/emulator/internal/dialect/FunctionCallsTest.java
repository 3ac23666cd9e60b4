package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FunctionCallsTest {
    private static String rewrite(String sql) {
        return new FunctionCalls().apply(sql, DialectContext.none());
    }

    @Test
    void snowflakesConditionalsBecomeH2Expressions() {
        assertThat(rewrite("select iff(a > 1, 'y', 'n'), zeroifnull(x), nullifzero(y), count_if(ok) from t"))
                .isEqualTo("select CASE WHEN a > 1 THEN 'y' ELSE 'n' END, COALESCE(x, 0), NULLIF(y, 0),"
                        + " COUNT(CASE WHEN ok THEN 1 END) from t");
    }

    @Test
    void functionsH2LacksCallTheEmulatorsOwn() {
        assertThat(rewrite("select split_part(s, ',', 2), initcap(s), array_size(v) from t"))
                .isEqualTo("select SF_SPLIT_PART(s, ',', 2), SF_INITCAP(s), SF_ARRAY_SIZE(v) from t");
    }

    @Test
    void toNumberCastsWithTheGivenPrecisionAndScale() {
        assertThat(rewrite("select to_number('1.5', 10, 1), to_number('7') from t"))
                .isEqualTo("select CAST('1.5' AS NUMERIC(10,1)), CAST('7' AS NUMERIC(38,0)) from t");
    }

    @Test
    void div0IsAFloatDivisionWhenAnOperandIsAFloat() {
        assertThat(rewrite("select div0(a, b) from t")).isEqualTo("select CASE WHEN SF_FLOATING(a, b) THEN CASE WHEN (b) = 0"
                + " THEN (a) * 0 ELSE (a) /*SF$FLOAT*/ / (b) END ELSE SF_DIV0(a, b) END from t");
    }

    @Test
    void callsWithOtherArgumentCountsAndQualifiedNamesAreLeftAlone() {
        String sql = "select iff(1), s.iff(1, 2, 3) from t";
        assertThat(rewrite(sql)).isEqualTo(sql);
    }

    @Test
    void concatenationsAreNullWhenAnArgumentIs() {
        assertThat(rewrite("select concat(a, b + 1), concat_ws(', ', a, b) from t"))
                .isEqualTo("select ((a) || (b + 1)), CASE WHEN (', ') IS NULL THEN NULL ELSE ((a) || (', ') || (b)) END from t");
    }

    @Test
    void daysAndMonthsAreNamedAndCountedAsSnowflakeDoes() {
        assertThat(rewrite("select dayofweek(d), dayofweekiso(d), dayname(d), monthname(d) from t"))
                .isEqualTo("select MOD(ISO_DAY_OF_WEEK(d), 7), ISO_DAY_OF_WEEK(d), FORMATDATETIME(d, 'EEE', 'en'),"
                        + " FORMATDATETIME(d, 'MMM', 'en') from t");
        assertThat(rewrite("select date_part(dow, d), date_part('weekday_iso', d), date_part(year, d) from t"))
                .isEqualTo("select MOD(ISO_DAY_OF_WEEK(d), 7), ISO_DAY_OF_WEEK(d), EXTRACT(year FROM d) from t");
    }

    @Test
    void semiStructuredConstructorsAreRefusedByName() {
        assertThatThrownBy(() -> rewrite("select array_agg(x) from t"))
                .isInstanceOf(NotEmulatedException.class).hasMessageContaining("ARRAY_AGG");
        assertThatThrownBy(() -> rewrite("select object_construct('a', 1)"))
                .isInstanceOf(NotEmulatedException.class).hasMessageContaining("OBJECT_CONSTRUCT");
    }

    @Test
    void aFormatOfToNumberIsRefusedAsNotEmulated() {
        assertThatThrownBy(() -> rewrite("select to_number('1,5', '9,9') from t"))
                .isInstanceOf(NotEmulatedException.class).hasMessageContaining("TO_NUMBER with a format");
    }
}
