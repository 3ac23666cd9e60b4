package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GroupByOrdinalsTest {
    private static String rewrite(String sql) {
        return new GroupByOrdinals().apply(sql, DialectContext.none());
    }

    @Test
    void anOrdinalStandsForTheSelectItemWithoutItsAlias() {
        assertThat(rewrite("select a as x, upper(b) y, count(*) from t group by 1, 2 order by 1"))
                .isEqualTo("select a as x, upper(b) y, count(*) from t group by a, upper(b) order by 1");
    }

    @Test
    void expressionsInGroupByStayAsWritten() {
        assertThat(rewrite("select a, b from t group by a, 2")).isEqualTo("select a, b from t group by a, b");
    }

    @Test
    void subqueriesUseTheirOwnSelectList() {
        assertThat(rewrite("select g, (select count(*) from (select h, 1 from u group by 1)) from t group by 1"))
                .isEqualTo("select g, (select count(*) from (select h, 1 from u group by h)) from t group by g");
    }

    @Test
    void anOrdinalBeyondTheSelectListIsRefused() {
        assertThatThrownBy(() -> rewrite("select a from t group by 3")).isInstanceOf(NotEmulatedException.class)
                .hasMessageContaining("GROUP BY position 3");
    }
}
