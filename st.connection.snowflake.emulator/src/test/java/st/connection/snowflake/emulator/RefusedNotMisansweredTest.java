package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statements whose answer the emulator's database would compute differently from Snowflake (an H2
 * array's text for an ARRAY, an H2 interval for a difference of dates) are refused through the
 * real driver with the emulator's error, naming what is not emulated.
 */
class RefusedNotMisansweredTest {
    @RegisterExtension
    static final ConnectedEmulator sf = new ConnectedEmulator(
            "create table t(id number, r string)",
            "insert into t values (1, 'n'), (2, 's'), (3, null)");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "select array_agg(r) from t | ARRAY_AGG",
        "select array_agg(distinct r) within group (order by r) from t | ARRAY_AGG",
        "select (select arrayagg(r) from t) | ARRAYAGG",
        "select object_agg(r, id) from t | OBJECT_AGG",
        "select object_construct('a', 1, 'b', null) | OBJECT_CONSTRUCT",
        "select object_construct_keep_null('a', null) | OBJECT_CONSTRUCT_KEEP_NULL",
        "select array_construct(1, 2) | ARRAY_CONSTRUCT",
        "select array_construct_compact(1, null) | ARRAY_CONSTRUCT_COMPACT",
        "select to_array(1) | TO_ARRAY",
        "select to_object(parse_json('{}')) | TO_OBJECT",
        "select to_variant(1) | TO_VARIANT",
        "select date '2024-01-02' - date '2024-01-01' | which the emulator's database computes as INTERVAL",
        "select array[1, 2] | which the emulator's database computes as INTEGER ARRAY"})
    void isRefusedNamingWhatIsNotEmulated(String sql, String named) {
        assertThatThrownBy(() -> {
            try (Statement s = sf.connection().createStatement()) {
                s.executeQuery(sql).close();
            }
        }).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.NOT_EMULATED);
            assertThat(e.getSQLState()).isEqualTo("0A000");
            assertThat(e.getMessage()).contains("The Snowflake emulator does not emulate", named);
        });
    }
}
