package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FLATTEN and LATERAL FLATTEN as Snowflake's documentation of FLATTEN shows them, through the driver. */
class FlattenTest {
    @RegisterExtension
    static final ConnectedEmulator sf = new ConnectedEmulator(
            "create table orders(id int, doc variant)",
            "insert into orders select column1, parse_json(column2) from values"
                    + " (1, '{\"customer\":\"ann\",\"items\":[{\"sku\":\"a\",\"qty\":2},{\"sku\":\"b\",\"qty\":1}]}'),"
                    + " (2, '{\"customer\":\"bob\",\"items\":[]}'),"
                    + " (3, '{\"customer\":\"cid\",\"items\":[{\"sku\":\"a\",\"qty\":5}]}')");

    @Test
    void flattenOfAnArrayAtAPathGivesItsSixColumns() throws SQLException {
        assertThat(rows("select * from table(flatten(input => parse_json('{\"a\":1, \"b\":[77,88]}'), path => 'b')) f"))
                .containsExactly("1|null|b[0]|0|77|[\n  77,\n  88\n]", "1|null|b[1]|1|88|[\n  77,\n  88\n]");
    }

    @Test
    void flattenOfAnObjectGivesItsKeysAndOuterKeepsAnEmptyInput() throws SQLException {
        assertThat(rows("select key, path, index, value from table(flatten(input => parse_json('{\"a\":1, \"b\":[77,88]}')))"))
                .containsExactly("a|a|null|1", "b|b|null|[\n  77,\n  88\n]");
        assertThat(rows("select seq, key, value from table(flatten(input => parse_json('[]'), outer => true))"))
                .containsExactly("1|null|null");
        assertThat(rows("select count(*) from table(flatten(input => parse_json('[]')))")).containsExactly("0");
    }

    @Test
    void lateralFlattenJoinsEachRowWithItsElements() throws SQLException {
        assertThat(rows("select o.id, f.index, f.value:sku::string, f.value:qty::number * 10 from orders o,"
                + " lateral flatten(input => o.doc:items) f order by o.id, f.index"))
                .containsExactly("1|0|a|20", "1|1|b|10", "3|0|a|50");
    }

    @Test
    void lateralFlattenWithOuterKeepsRowsWithoutElements() throws SQLException {
        assertThat(rows("select o.doc:customer::string, value:sku::string from orders o,"
                + " table(flatten(o.doc:items, outer => true)) where o.id < 3 order by o.id, index"))
                .containsExactly("ann|a", "ann|b", "bob|null");
    }

    @Test
    void aggregatesGroupTheElementsBackPerInputRow() throws SQLException {
        assertThat(rows("select f.value:sku::string as sku, sum(f.value:qty::number) from orders o"
                + " join lateral flatten(input => o.doc:items) f group by 1 order by 1"))
                .containsExactly("a|7", "b|1");
        assertThat(rows("select count(distinct f.seq), count(*) from orders o, lateral flatten(o.doc:items) f"))
                .containsExactly("2|3");
    }

    @Test
    void modeChoosesArraysOrObjects() throws SQLException {
        assertThat(rows("select count(*) from table(flatten(input => parse_json('{\"a\":1}'), mode => 'ARRAY'))"))
                .containsExactly("0");
        assertThat(rows("select f.key from orders o, lateral flatten(input => o.doc, mode => 'OBJECT') f"
                + " where o.id = 1 order by 1")).containsExactly("customer", "items");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"select * from table(flatten(input => parse_json('[[1]]'), recursive => true))",
            "select * from orders o, lateral flatten(input => o.doc:items) f",
            "select flatten(input => parse_json('[1]'))"})
    void formsThatAreNotEmulatedAreRefusedNamingFlatten(String sql) {
        assertThatThrownBy(() -> rows(sql)).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.NOT_EMULATED);
            assertThat(e.getSQLState()).isEqualTo("0A000");
            assertThat(e.getMessage()).contains("FLATTEN");
        });
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = sf.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
