package st.connection.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void padsEveryColumnToItsWidestCellAndTrimsLineEnds() {
        String table = new TextTable("NAME", "STATE").row("demo", "OPEN").row("a-much-longer-name", null).toString();
        assertThat(table).isEqualTo("""
                NAME                STATE
                ------------------  -----
                demo                OPEN
                a-much-longer-name
                """);
    }

    @Test
    void cellsStayOnOneLineAndLongOnesAreShortened() {
        String table = new TextTable("ERROR").row("line one\nline two\tend").row("x".repeat(150)).toString();
        assertThat(table.lines()).contains("line one line two end", "x".repeat(97) + "...");
    }

    @Test
    void rowsMustFillEveryColumn() {
        assertThatThrownBy(() -> new TextTable("A", "B").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
