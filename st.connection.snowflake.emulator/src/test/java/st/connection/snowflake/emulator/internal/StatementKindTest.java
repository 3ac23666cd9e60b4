package st.connection.snowflake.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementKindTest {

    private static StatementKind kindOf(String sql) {
        return StatementKind.of(SqlTokens.of(sql));
    }

    @Test
    void classifiesByLeadingKeywordIgnoringCommentsAndCase() {
        assertThat(kindOf("select 1")).isEqualTo(StatementKind.SELECT);
        assertThat(kindOf("  -- note\n  WITH x AS (select 1) select * from x")).isEqualTo(StatementKind.SELECT);
        assertThat(kindOf("(select 1)")).isEqualTo(StatementKind.SELECT);
        assertThat(kindOf("/* hint */ insert into t values (1)")).isEqualTo(StatementKind.INSERT);
        assertThat(kindOf("Update t set a = 1")).isEqualTo(StatementKind.UPDATE);
        assertThat(kindOf("delete from t")).isEqualTo(StatementKind.DELETE);
        assertThat(kindOf("merge into t using s on t.a = s.a when matched then delete")).isEqualTo(StatementKind.MERGE);
        assertThat(kindOf("create table t(a int)")).isEqualTo(StatementKind.DDL);
        assertThat(kindOf("alter table t add column b int")).isEqualTo(StatementKind.DDL);
        assertThat(kindOf("alter session /* JDBC */ set autocommit=false")).isEqualTo(StatementKind.ALTER_SESSION);
        assertThat(kindOf("use schema s")).isEqualTo(StatementKind.USE_SCHEMA);
        assertThat(kindOf("USE DATABASE d")).isEqualTo(StatementKind.USE_DATABASE);
        assertThat(kindOf("use warehouse w")).isEqualTo(StatementKind.USE_WAREHOUSE);
        assertThat(kindOf("use role r")).isEqualTo(StatementKind.USE);
        assertThat(kindOf("commit")).isEqualTo(StatementKind.TRANSACTION);
        assertThat(kindOf("show tables")).isEqualTo(StatementKind.SHOW);
    }

    @Test
    void statementTypeIdsAreTheDriversOwn() {
        assertThat(StatementKind.SELECT.statementTypeId()).isEqualTo(0x1000);
        assertThat(StatementKind.INSERT.statementTypeId()).isEqualTo(0x3100);
        assertThat(StatementKind.UPDATE.statementTypeId()).isEqualTo(0x3200);
        assertThat(StatementKind.DELETE.statementTypeId()).isEqualTo(0x3300);
        assertThat(StatementKind.DDL.statementTypeId()).isEqualTo(0x6000);
    }

    @Test
    void readsQualifiedNamesInSnowflakeCase() {
        assertThat(SqlTokens.of("use schema db.sch").qualifiedName(2)).isEqualTo(List.of("DB", "SCH"));
        assertThat(SqlTokens.of("use schema \"Db\".\"My Sch\"").qualifiedName(2)).isEqualTo(List.of("Db", "My Sch"));
        assertThat(SqlTokens.of("use schema db.\"x\"\"y\"").qualifiedName(2)).isEqualTo(List.of("DB", "x\"y"));
        assertThat(SqlTokens.of("use schema \"Db\".sch;").qualifiedName(2)).isEqualTo(List.of("Db", "SCH"));
        assertThat(SqlTokens.identifier("mixed")).isEqualTo("MIXED");
        assertThat(SqlTokens.identifier("\"Mixed\"")).isEqualTo("Mixed");
    }

    @Test
    void stringLiteralsDoNotHideOrFakeComments() {
        SqlTokens tokens = SqlTokens.of("select '-- not a comment', 1 /* gone */ from t");
        assertThat(tokens.token(1)).isEqualTo("'-- not a comment'");
        assertThat(tokens.keyword(4)).isEqualTo("FROM");
    }
}
