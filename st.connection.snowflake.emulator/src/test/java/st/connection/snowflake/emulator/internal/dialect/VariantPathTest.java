package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariantPathTest {
    private static String rewrite(String sql) {
        return new VariantPath().apply(sql, DialectContext.none());
    }

    @Test
    void aColonPathReadsAVariant() {
        assertThat(rewrite("select v:a.b[0] from t")).isEqualTo("select CAST(SF_GET_PATH(v, 'a.b[0]') AS VARIANT) from t");
    }

    @Test
    void aPathFollowedByACastReadsTheTextWithoutQuotes() {
        assertThat(rewrite("select v:a::string from t")).isEqualTo("select SF_GET_PATH_TEXT(v, 'a')::string from t");
    }

    @Test
    void bracketsAndQuotedNamesArePathSteps() {
        assertThat(rewrite("select v['k'], t.v:\"x y\" from t"))
                .isEqualTo("select CAST(SF_GET_PATH(v, '[\"k\"]') AS VARIANT), CAST(SF_GET_PATH(t.v, 'x y') AS VARIANT) from t");
    }

    @Test
    void arrayConstructorsAndColonsInStringsAreLeftAlone() {
        String sql = "select array[1], '12:30' from t";
        assertThat(rewrite(sql)).isEqualTo(sql);
    }
}
