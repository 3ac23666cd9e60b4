package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QualifyTest {
    private static String rewrite(String sql) {
        return new Qualify().apply(sql, DialectContext.none());
    }

    @Test
    void qualifyFiltersAnOuterQueryOnAFlagColumn() {
        assertThat(rewrite("select id from t qualify row_number() over (order by x) = 1"))
                .isEqualTo("SELECT * EXCEPT (\"SF$QUALIFY\") FROM (SELECT id, (row_number() over (order by x) = 1)"
                        + " AS \"SF$QUALIFY\" from t) AS \"SF$Q\" WHERE \"SF$QUALIFY\"");
    }

    @Test
    void orderAndLimitMoveToTheOuterQuery() {
        assertThat(rewrite("select id from t where a > 1 qualify rank() over (partition by g order by x) = 1 order by id limit 5"))
                .isEqualTo("SELECT * EXCEPT (\"SF$QUALIFY\") FROM (SELECT id, (rank() over (partition by g order by x) = 1)"
                        + " AS \"SF$QUALIFY\" from t where a > 1) AS \"SF$Q\" WHERE \"SF$QUALIFY\" order by id limit 5");
    }

    @Test
    void queriesWithoutQualifyAreLeftAlone() {
        String sql = "select qualify_me from t";
        assertThat(rewrite(sql)).isEqualTo(sql);
    }
}
