package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FlattenTest {
    private static String rewrite(String sql) {
        return new Flatten().apply(sql, DialectContext.none());
    }

    @Test
    void aFirstFromItemBecomesASubqueryWithTheSixColumns() {
        assertThat(rewrite("select * from table(flatten(input => v, path => 'a', outer => true)) f")).isEqualTo(
                "select * from (SELECT 1 AS \"SEQ\", SF_FLATTEN_KEY(v, 'a', 'BOTH', X) AS \"KEY\","
                        + " SF_FLATTEN_PATH(v, 'a', 'BOTH', X) AS \"PATH\", SF_FLATTEN_INDEX(v, 'a', 'BOTH', X) AS \"INDEX\","
                        + " CAST(SF_FLATTEN_VALUE(v, 'a', 'BOTH', X) AS VARIANT) AS \"VALUE\","
                        + " CAST(SF_FLATTEN_THIS(v, 'a', 'BOTH') AS VARIANT) AS \"THIS\" FROM SYSTEM_RANGE(0, 2147483646)"
                        + " WHERE X < GREATEST(SF_FLATTEN_SIZE(v, 'a', 'BOTH'), 1)) AS f");
    }

    @Test
    void aLateralFlattenIsALeftJoinOfElementNumbersWhoseColumnsAreCalls() {
        assertThat(rewrite("select f.value, f.seq from t, lateral flatten(input => t.v) f")).isEqualTo(
                "select CAST(SF_FLATTEN_VALUE(t.v, '', 'BOTH', f.X) AS VARIANT), t._ROWID_ from t"
                        + " LEFT JOIN SYSTEM_RANGE(0, 2147483646) AS f ON f.X < SF_FLATTEN_SIZE(t.v, '', 'BOTH')"
                        + " WHERE f.X IS NOT NULL");
    }

    @Test
    void theElementConditionJoinsAnExistingWhereClause() {
        assertThat(rewrite("select index from t, table(flatten(t.v, mode => 'ARRAY')) where t.id = 1 or t.id = 2 order by 1"))
                .isEqualTo("select SF_FLATTEN_INDEX(t.v, '', 'ARRAY', \"SF$FLATTEN1\".X) from t"
                        + " LEFT JOIN SYSTEM_RANGE(0, 2147483646) AS \"SF$FLATTEN1\" ON \"SF$FLATTEN1\".X"
                        + " < SF_FLATTEN_SIZE(t.v, '', 'ARRAY') where (t.id = 1 or t.id = 2) AND \"SF$FLATTEN1\".X IS NOT NULL"
                        + " order by 1");
    }

    @Test
    void outerKeepsRowsWithoutElementsSoNoConditionIsAdded() {
        assertThat(rewrite("select f.key from t, lateral flatten(t.v, outer => true) f")).isEqualTo(
                "select SF_FLATTEN_KEY(t.v, '', 'BOTH', f.X) from t LEFT JOIN SYSTEM_RANGE(0, 2147483646) AS f"
                        + " ON f.X < GREATEST(SF_FLATTEN_SIZE(t.v, '', 'BOTH'), 1)");
    }

    @Test
    void recursiveFlattenAndSelectStarAreRefused() {
        assertThatThrownBy(() -> rewrite("select * from table(flatten(input => v, recursive => true))"))
                .isInstanceOf(NotEmulatedException.class).hasMessageContaining("RECURSIVE");
        assertThatThrownBy(() -> rewrite("select * from t, lateral flatten(t.v) f"))
                .isInstanceOf(NotEmulatedException.class).hasMessageContaining("SELECT *");
    }

    @Test
    void seqOfAnInputReadFromSeveralTablesIsRefused() {
        assertThatThrownBy(() -> rewrite("select f.seq from t, u, lateral flatten(input => coalesce(t.v, u.v)) f"))
                .isInstanceOf(NotEmulatedException.class).hasMessageContaining("SEQ");
    }
}
