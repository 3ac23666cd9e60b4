package st.connection.snowflake.emulator.internal;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps H2 result metadata to Snowflake column types. Integers become {@code FIXED(38,0)} as in
 * Snowflake; H2's unbounded numeric scales (of {@code MEDIAN}, {@code DECFLOAT}, the emulator's
 * functions) are taken from the values, at most 37 as Snowflake allows. {@code VARIANT} and
 * {@code TIMESTAMP_TZ} are told apart from text and {@code TIMESTAMP_LTZ} by the sizes their domains
 * give them ({@link #VARIANT_LENGTH}, {@link #TZ_FRACTION_DIGITS}), which survive subqueries.
 */
final class ColumnTypeMapper {
    /** The length of the {@code VARIANT} domain: one less than Snowflake's largest text. */
    static final int VARIANT_LENGTH = 16_777_215;
    /** The fraction digits of the {@code TIMESTAMP_TZ} domain. */
    static final int TZ_FRACTION_DIGITS = 8;
    static final int MAX_PRECISION = 38;
    static final int MAX_SCALE = 37;

    private final String database;

    ColumnTypeMapper(String database) {
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
        ResultColumn.Origin origin = origin(md, i);
        String name = md.getColumnLabel(i);
        boolean nullable = md.isNullable(i) != ResultSetMetaData.columnNoNulls;
        String h2Type = md.getColumnTypeName(i);
        long precision = md.getPrecision(i);
        switch (h2Type) {
            case "TINYINT":
            case "SMALLINT":
            case "INTEGER":
            case "BIGINT":
                return fixed(name, origin, MAX_PRECISION, 0, nullable, false);
            case "NUMERIC":
            case "DECIMAL":
                int scale = md.getScale(i);
                return scale > MAX_SCALE ? fixed(name, origin, MAX_PRECISION, 0, nullable, true)
                        : fixed(name, origin, (int) Math.min(precision, MAX_PRECISION), scale, nullable, false);
            case "DECFLOAT":
                return fixed(name, origin, MAX_PRECISION, 0, nullable, true);
            case "REAL":
            case "DOUBLE PRECISION":
                return simple(name, origin, SnowflakeColumnType.REAL, nullable);
            case "BOOLEAN":
                return simple(name, origin, SnowflakeColumnType.BOOLEAN, nullable);
            case "DATE":
                return simple(name, origin, SnowflakeColumnType.DATE, nullable);
            case "TIME":
            case "TIME WITH TIME ZONE":
                return simple(name, origin, SnowflakeColumnType.TIME, nullable);
            case "TIMESTAMP":
                return simple(name, origin, SnowflakeColumnType.TIMESTAMP_NTZ, nullable);
            case "TIMESTAMP WITH TIME ZONE":
                return simple(name, origin, md.getScale(i) == TZ_FRACTION_DIGITS
                        ? SnowflakeColumnType.TIMESTAMP_TZ : SnowflakeColumnType.TIMESTAMP_LTZ, nullable);
            case "BINARY":
            case "BINARY VARYING":
            case "BINARY LARGE OBJECT":
                return sized(name, origin, SnowflakeColumnType.BINARY, precision, nullable);
            case "JSON":
                return sized(name, origin, SnowflakeColumnType.VARIANT, precision, nullable);
            case "CHARACTER VARYING":
                return sized(name, origin, precision == VARIANT_LENGTH
                        ? SnowflakeColumnType.VARIANT : SnowflakeColumnType.TEXT, precision, nullable);
            default:
                return sized(name, origin, SnowflakeColumnType.TEXT, precision, nullable);
        }
    }

    /** Where a column comes from: named only for columns of a table, as Snowflake does. */
    private ResultColumn.Origin origin(ResultSetMetaData md, int i) throws SQLException {
        String table = md.getTableName(i);
        String schema = md.getSchemaName(i);
        if (table == null || table.isEmpty() || schema == null || schema.isEmpty()) {
            return ResultColumn.Origin.NONE;
        }
        return new ResultColumn.Origin(database, schema, table);
    }

    private static ResultColumn fixed(String name, ResultColumn.Origin origin, int precision, int scale, boolean nullable,
            boolean scaleFromValues) {
        return new ResultColumn(name, origin, SnowflakeColumnType.FIXED, precision, scale, 0, nullable, scaleFromValues);
    }

    private static ResultColumn simple(String name, ResultColumn.Origin origin, SnowflakeColumnType type, boolean nullable) {
        return new ResultColumn(name, origin, type, 0, 0, 0, nullable, false);
    }

    private static ResultColumn sized(String name, ResultColumn.Origin origin, SnowflakeColumnType type, long length,
            boolean nullable) {
        long bounded = length <= 0 ? ResultColumn.MAX_TEXT_LENGTH : Math.min(length, ResultColumn.MAX_TEXT_LENGTH);
        if (type == SnowflakeColumnType.BINARY) {
            bounded = Math.min(bounded, ResultColumn.MAX_BINARY_LENGTH);
        }
        return new ResultColumn(name, origin, type, 0, 0, bounded, nullable, false);
    }
}
