package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextFunctionsTest {
    private static String rewrite(String sql) {
        return new ContextFunctions().apply(sql, DialectContext.none());
    }

    @Test
    void contextFunctionsAnswerFromTheSession() {
        assertThat(rewrite("select current_user(), current_database(), current_warehouse() from t"))
                .isEqualTo("select CAST('ALICE' AS VARCHAR), CAST('DB' AS VARCHAR), CAST(NULL AS VARCHAR) from t");
    }

    @Test
    void theSessionIdAndAccountComeFromTheSessionToo() {
        assertThat(rewrite("select current_session(), current_account()"))
                .isEqualTo("select CAST('1' AS VARCHAR), CAST('EMULATOR' AS VARCHAR)");
    }

    @Test
    void stringsCommentsAndQualifiedFunctionsAreLeftAlone() {
        String sql = "select 'current_user()', s.current_user() -- current_role()";
        assertThat(rewrite(sql)).isEqualTo(sql);
    }
}
