package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/** Builds the answers the emulator makes itself (SHOW, DESCRIBE): text, number and timestamp columns. */
final class RowsetBuilder {
    private final List<ResultColumn> columns = new ArrayList<>();
    private final ArrayNode rows = JsonNodeFactory.instance.arrayNode();

    RowsetBuilder text(String... names) {
        for (String name : names) {
            columns.add(new ResultColumn(name, SnowflakeColumnType.TEXT, 0, 0, ResultColumn.MAX_TEXT_LENGTH, true, false));
        }
        return this;
    }

    RowsetBuilder number(String name) {
        columns.add(new ResultColumn(name, SnowflakeColumnType.FIXED, ColumnTypeMapper.MAX_PRECISION, 0, 0, true, false));
        return this;
    }

    RowsetBuilder timestamp(String name) {
        columns.add(new ResultColumn(name, SnowflakeColumnType.TIMESTAMP_LTZ, 0, 0, 0, true, false));
        return this;
    }

    /** One row; values as cells (strings, or null), in the columns' order. */
    RowsetBuilder row(Object... values) {
        ArrayNode row = rows.addArray();
        for (Object value : values) {
            if (value == null) {
                row.addNull();
            } else {
                row.add(value.toString());
            }
        }
        return this;
    }

    Rowset build() {
        return new Rowset(columns, rows);
    }
}
