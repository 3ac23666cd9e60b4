package st.connection.snowflake.emulator.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeneratorTest {
    private static String rewrite(String sql) {
        return new Generator().apply(sql, DialectContext.none());
    }

    @Test
    void aGeneratorIsARangeNumberedFromZero() {
        assertThat(rewrite("select seq4() from table(generator(rowcount => 3))"))
                .isEqualTo("select seq4() from (SELECT X - 1 AS \"SF$SEQ\" FROM SYSTEM_RANGE(1, 3))");
    }

    @Test
    void everyGeneratorOfAQueryIsRewritten() {
        assertThat(rewrite("select 1 from table(generator(rowcount => 2)) a, table(generator(rowcount => 3)) b"))
                .isEqualTo("select 1 from (SELECT X - 1 AS \"SF$SEQ\" FROM SYSTEM_RANGE(1, 2)) a,"
                        + " (SELECT X - 1 AS \"SF$SEQ\" FROM SYSTEM_RANGE(1, 3)) b");
    }

    @Test
    void aTimeLimitIsRefusedAsNotEmulated() {
        assertThatThrownBy(() -> rewrite("select 1 from table(generator(timelimit => 1))"))
                .isInstanceOf(NotEmulatedException.class).hasMessageContaining("GENERATOR(timelimit => 1)");
    }
}
