package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DatabaseNamesTest {
    private static final DialectContext IN_DB = new DialectContext("ALICE", "PUBLIC", "DB", "PUBLIC", null, "EMULATOR",
            "1", Set.of("DB", "OTHER"), Set.of(), Set.of());

    private static String rewrite(String sql) {
        return new DatabaseNames().apply(sql, IN_DB);
    }

    @Test
    void theCurrentDatabasesNameIsDropped() {
        assertThat(rewrite("select db.public.t.x from db.public.t")).isEqualTo("select public.t.x from public.t");
    }

    @Test
    void namesOfNoDatabaseAreColumnPaths() {
        String sql = "select a.b.c from t";
        assertThat(rewrite(sql)).isEqualTo(sql);
    }

    @Test
    void anotherDatabaseIsRefusedNamingIt() {
        assertThatThrownBy(() -> rewrite("select * from other.public.t")).isInstanceOf(NotEmulatedException.class)
                .hasMessageContaining("database OTHER from database DB");
    }
}
