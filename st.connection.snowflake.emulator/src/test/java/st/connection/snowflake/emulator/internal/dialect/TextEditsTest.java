package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextEditsTest {

    @Test
    void editsAreStatedAgainstTheOriginalText() {
        assertThat(new TextEdits("where a = 1").insert(6, "(").replace(6, 7, "x").insert(11, ") and y").apply())
                .isEqualTo("where (x = 1) and y");
    }
}
