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
    void aFormatOfToNumberIsRefusedAsNotEmulated() {
        assertThatThrownBy(() -> rewrite("select to_number('1,5', '9,9') from t"))
                .isInstanceOf(NotEmulatedException.class).hasMessageContaining("TO_NUMBER with a format");
    }
}
