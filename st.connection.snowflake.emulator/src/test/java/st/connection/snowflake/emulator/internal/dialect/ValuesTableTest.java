package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuesTableTest {
    private static String rewrite(String sql) {
        return new ValuesTable().apply(sql, DialectContext.none());
    }

    @Test
    void valuesWithoutNamesGetSnowflakesColumnNames() {
        assertThat(rewrite("select * from values (1, 'a'), (2, 'b')"))
                .isEqualTo("select * from (values (1, 'a'), (2, 'b')) AS \"SF$VALUES\"(\"COLUMN1\", \"COLUMN2\")");
    }

    @Test
    void namedColumnsAreKept() {
        assertThat(rewrite("select b from values (1, 'x') as t(a, b)")).isEqualTo("select b from (values (1, 'x')) AS t(a, b)");
    }

    @Test
    void positionalReferencesReadTheNumberedColumn() {
        assertThat(rewrite("select $2 from values (1, 'x') v"))
                .isEqualTo("select \"COLUMN2\" from (values (1, 'x')) AS v(\"COLUMN1\", \"COLUMN2\")");
    }

    @Test
    void snowparksAliasInsideTheParenthesesMovesOut() {
        assertThat(rewrite("SELECT * FROM ( VALUES ('cy', 3), ('dee', 4) AS T(\"NAME\", \"VISITS\"))"))
                .isEqualTo("SELECT * FROM (VALUES ('cy', 3), ('dee', 4)) AS T(\"NAME\", \"VISITS\")");
        assertThat(rewrite("select * from (values (1, 2)) as t(a, b)")).isEqualTo("select * from (values (1, 2)) as t(a, b)");
    }

    @Test
    void insertValuesAreNotATable() {
        assertThat(rewrite("insert into t values (1)")).isEqualTo("insert into t values (1)");
    }
}
