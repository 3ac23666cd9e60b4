package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionTest {
    private static String rewrite(String sql) {
        return new Division().apply(sql, DialectContext.none());
    }

    private static String divided(String dividend, String divisor) {
        return "CASE WHEN SF_FLOATING(" + dividend + ", " + divisor + ") THEN (" + dividend + ") /*SF$FLOAT*/ / ("
                + divisor + ") ELSE SF_DIV(" + dividend + ", " + divisor + ") END";
    }

    @Test
    void aDivisionIsExactUnlessAnOperandIsAFloat() {
        assertThat(rewrite("select a / b from t")).isEqualTo("select " + divided("a", "b") + " from t");
    }

    @Test
    void theDividendIsTheWholeChainOfProductsBeforeIt() {
        assertThat(rewrite("select a * b / c from t")).isEqualTo("select " + divided("a * b", "c") + " from t");
    }

    @Test
    void divisionsInsideTheDivisorAreRewrittenToo() {
        assertThat(rewrite("select a / (b / c) from t"))
                .isEqualTo("select " + divided("a", "(" + divided("b", "c") + ")") + " from t");
    }

    @Test
    void aWindowedAggregateIsOneOperand() {
        assertThat(rewrite("select sum(x) over (order by d) / 2 from t"))
                .isEqualTo("select " + divided("sum(x) over (order by d)", "2") + " from t");
    }

    @Test
    void slashesInStringsAndCommentsAreNotDivisions() {
        String sql = "select '1/2', a /* / */ from t";
        assertThat(rewrite(sql)).isEqualTo(sql);
    }
}
