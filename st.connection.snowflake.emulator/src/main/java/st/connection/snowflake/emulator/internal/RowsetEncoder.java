package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/** Turns an H2 result set into Snowflake's JSON {@code rowtype} and {@code rowset}. */
final class RowsetEncoder {
    private final ColumnTypeMapper mapper;

    RowsetEncoder(ColumnTypeMapper mapper) {
        this.mapper = mapper;
    }

    Rowset encode(ResultSet rs) throws SQLException {
        List<ResultColumn> columns = mapper.columns(rs.getMetaData());
        int[] valueScales = new int[columns.size()];
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        while (rs.next()) {
            ArrayNode row = rows.addArray();
            for (int i = 0; i < columns.size(); i++) {
                ResultColumn column = columns.get(i);
                String cell = column.type().encode(rs, i + 1);
                if (cell == null) {
                    row.addNull();
                    continue;
                }
                if (column.scaleFromValues()) {
                    cell = stripZeroFraction(cell);
                    valueScales[i] = Math.max(valueScales[i], fractionDigits(cell));
                }
                row.add(cell);
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).scaleFromValues()) {
                columns.set(i, columns.get(i).withScale(Math.min(valueScales[i], 37)));
            }
        }
        return new Rowset(columns, rows);
    }

    /** Only the metadata, for a describe-only request. */
    Rowset describe(ResultSetMetaData metaData) throws SQLException {
        return new Rowset(mapper.columns(metaData), JsonNodeFactory.instance.arrayNode());
    }

    private static String stripZeroFraction(String decimal) {
        if (decimal.indexOf('.') < 0) {
            return decimal;
        }
        String stripped = decimal.replaceAll("0+$", "");
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static int fractionDigits(String decimal) {
        int point = decimal.indexOf('.');
        return point < 0 ? 0 : decimal.length() - point - 1;
    }
}
