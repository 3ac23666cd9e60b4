package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * The columns and rows of one answer: the first rows in the answer itself, the rest in chunks.
 *
 * @param total all rows, in the answer and in chunks
 */
record Rowset(List<ResultColumn> columns, ArrayNode rows, List<Chunk> chunks, long total) {

    /** A chunk of rows the driver downloads from {@code url}. */
    record Chunk(String url, int rowCount, long uncompressedSize, long compressedSize) {
    }

    Rowset(List<ResultColumn> columns, ArrayNode rows) {
        this(columns, rows, List.of(), rows.size());
    }

    /** A one-column, one-row rowset, as Snowflake answers DDL and session commands. */
    static Rowset status(String message) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        rows.addArray().add(message);
        return new Rowset(List.of(new ResultColumn("status", SnowflakeColumnType.TEXT, 0, 0,
                message.length(), true, false)), rows);
    }

    /** The one-row rowset of affected-row counts a DML statement answers with. */
    static Rowset count(String columnName, long count) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        rows.addArray().add(Long.toString(count));
        return new Rowset(List.of(new ResultColumn(columnName, SnowflakeColumnType.FIXED, 38, 0, 0, false,
                false)), rows);
    }

    ArrayNode rowtype() {
        ArrayNode rowtype = JsonNodeFactory.instance.arrayNode();
        columns.forEach(column -> rowtype.add(column.toRowtype()));
        return rowtype;
    }

    boolean hasTimestampTz() {
        return columns.stream().anyMatch(column -> column.type() == SnowflakeColumnType.TIMESTAMP_TZ);
    }

    /** The same columns without rows. */
    Rowset withoutRows() {
        return new Rowset(columns, JsonNodeFactory.instance.arrayNode());
    }
}
