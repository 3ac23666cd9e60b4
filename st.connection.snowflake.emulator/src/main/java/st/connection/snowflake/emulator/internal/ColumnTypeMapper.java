package st.connection.snowflake.emulator.internal;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps H2 result metadata to Snowflake column types. Integers become {@code FIXED(38,0)} as in
 * Snowflake; a column of the domain {@code TIMESTAMP_LTZ} or {@code VARIANT} gets that type, found
 * through the column's base table since H2 metadata does not carry domains.
 */
final class ColumnTypeMapper {
    private static final int MAX_PRECISION = 38;

    private final H2Database database;

    ColumnTypeMapper(H2Database database) {
        this.database = database;
    }

    List<ResultColumn> columns(ResultSetMetaData metaData) throws SQLException {
        int count = metaData == null ? 0 : metaData.getColumnCount();
        List<ResultColumn> columns = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            columns.add(column(metaData, i));
        }
        return columns;
    }

    private ResultColumn column(ResultSetMetaData md, int i) throws SQLException {
        String name = md.getColumnLabel(i);
        boolean nullable = md.isNullable(i) != ResultSetMetaData.columnNoNulls;
        String h2Type = md.getColumnTypeName(i);
        long precision = md.getPrecision(i);
        switch (h2Type) {
            case "TINYINT":
            case "SMALLINT":
            case "INTEGER":
            case "BIGINT":
                return fixed(name, MAX_PRECISION, 0, nullable, false);
            case "NUMERIC":
                return fixed(name, (int) Math.min(precision, MAX_PRECISION), md.getScale(i), nullable, false);
            case "DECFLOAT":
                return fixed(name, MAX_PRECISION, 0, nullable, true);
            case "REAL":
            case "DOUBLE PRECISION":
                return simple(name, SnowflakeColumnType.REAL, nullable);
            case "BOOLEAN":
                return simple(name, SnowflakeColumnType.BOOLEAN, nullable);
            case "DATE":
                return simple(name, SnowflakeColumnType.DATE, nullable);
            case "TIME":
            case "TIME WITH TIME ZONE":
                return simple(name, SnowflakeColumnType.TIME, nullable);
            case "TIMESTAMP":
                return simple(name, SnowflakeColumnType.TIMESTAMP_NTZ, nullable);
            case "TIMESTAMP WITH TIME ZONE":
                return simple(name, "TIMESTAMP_LTZ".equals(domain(md, i))
                        ? SnowflakeColumnType.TIMESTAMP_LTZ : SnowflakeColumnType.TIMESTAMP_TZ, nullable);
            case "BINARY":
            case "BINARY VARYING":
            case "BINARY LARGE OBJECT":
                return sized(name, SnowflakeColumnType.BINARY, precision, nullable);
            case "JSON":
                return sized(name, SnowflakeColumnType.VARIANT, precision, nullable);
            case "CHARACTER VARYING":
                return sized(name, "VARIANT".equals(domain(md, i))
                        ? SnowflakeColumnType.VARIANT : SnowflakeColumnType.TEXT, precision, nullable);
            default:
                return sized(name, SnowflakeColumnType.TEXT, precision, nullable);
        }
    }

    private String domain(ResultSetMetaData md, int i) throws SQLException {
        return database.domainOf(md.getSchemaName(i), md.getTableName(i), md.getColumnName(i));
    }

    private static ResultColumn fixed(String name, int precision, int scale, boolean nullable, boolean scaleFromValues) {
        return new ResultColumn(name, SnowflakeColumnType.FIXED, precision, scale, 0, nullable, scaleFromValues);
    }

    private static ResultColumn simple(String name, SnowflakeColumnType type, boolean nullable) {
        return new ResultColumn(name, type, 0, 0, 0, nullable, false);
    }

    private static ResultColumn sized(String name, SnowflakeColumnType type, long length, boolean nullable) {
        long bounded = length <= 0 ? ResultColumn.MAX_TEXT_LENGTH : Math.min(length, ResultColumn.MAX_TEXT_LENGTH);
        return new ResultColumn(name, type, 0, 0, bounded, nullable, false);
    }
}
