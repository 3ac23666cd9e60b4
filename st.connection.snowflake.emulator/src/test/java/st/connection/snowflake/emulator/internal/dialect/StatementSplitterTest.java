package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    @Test
    void statementsSplitAtSemicolonsOutsideStringsAndComments() {
        assertThat(StatementSplitter.split("select 1; select ';' -- ;\n; ; select 2;"))
                .containsExactly("select 1", "select ';' -- ;", "select 2");
    }
}
