package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FloatLiteralsTest {
    private static String rewrite(String sql) {
        return new FloatLiterals().apply(sql, DialectContext.none());
    }

    @Test
    void literalsWithAnExponentAreFloats() {
        assertThat(rewrite("select 1e0, 2.5E-3 from t"))
                .isEqualTo("select CAST(1e0 AS DOUBLE PRECISION), CAST(2.5E-3 AS DOUBLE PRECISION) from t");
    }

    @Test
    void integersDecimalsAndStringsStayAsWritten() {
        String sql = "select 10, 2.5, 'x1e3' from t";
        assertThat(rewrite(sql)).isEqualTo(sql);
    }
}
