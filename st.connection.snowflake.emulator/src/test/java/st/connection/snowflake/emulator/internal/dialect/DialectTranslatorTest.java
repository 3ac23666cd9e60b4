package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialectTranslatorTest {
    private static String translate(String sql) {
        return String.join("; ", new DialectTranslator().translate(sql, DialectContext.none()));
    }

    @Test
    void aPathIsReadBeforeItsCastAndTheCastBeforeTheAverage() {
        String value = "CAST(SF_GET_PATH_TEXT(v, 'n') AS NUMERIC(38,0))";
        assertThat(translate("select avg(v:n::number) from t")).isEqualTo("select (CASE WHEN SF_FLOATING(SUM(" + value
                + "), COUNT(" + value + ")) THEN (SUM(" + value + ")) /*SF$FLOAT*/ / (COUNT(" + value + ")) ELSE SF_DIV(SUM("
                + value + "), COUNT(" + value + ")) END) from t");
    }

    @Test
    void anOrdinalIsReplacedByTheRewrittenSelectItem() {
        assertThat(translate("select iff(a, 1, 2), count(*) from t group by 1"))
                .isEqualTo("select CASE WHEN a THEN 1 ELSE 2 END, count(*) from t group by CASE WHEN a THEN 1 ELSE 2 END");
    }

    @Test
    void aCreateOrReplaceIsTwoStatements() {
        assertThat(translate("create or replace table t(a string)"))
                .isEqualTo("DROP TABLE IF EXISTS t; CREATE TABLE t (a VARCHAR)");
    }
}
