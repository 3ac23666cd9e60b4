package st.connection.snowflake.emulator.internal;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps H2 result metadata to Snowflake column types. Integers become {@code FIXED(38,0)} as in
 * Snowflake; H2's unbounded numeric scales (of {@code MEDIAN}, the emulator's functions) are taken
 * from the values, at most 37 as Snowflake allows. {@code VARIANT} is told apart from text by the
 * size of its domain ({@link #VARIANT_LENGTH}), which survives subqueries and expressions.
 *
 * <p>H2's {@code TIMESTAMP WITH TIME ZONE} and {@code DECFLOAT} stand for two Snowflake types each;
 * columns of tables and of subqueries are typed by the {@link ColumnCatalog}, computed ones as
 * follows. {@value #TZ_COMPUTED_FRACTION_DIGITS} fraction digits mark a {@code TIMESTAMP_TZ} computed
 * by the dialect's rewrites (casts, {@code TO_TIMESTAMP_TZ}, {@code CONVERT_TIMEZONE}, references to
 * {@code TIMESTAMP_TZ} columns inside calls), any other is a {@code TIMESTAMP_LTZ}. A computed
 * {@code DECFLOAT} is H2's type for arithmetic that involves a {@code FLOAT}: a Snowflake
 * {@code FLOAT}. A column of a type that has no Snowflake counterpart here is refused, not sent as text.
 */
final class ColumnTypeMapper {
    /** The length of the {@code VARIANT} domain: one less than Snowflake's largest text. */
    static final int VARIANT_LENGTH = 16_777_215;
    /** The fraction digits of a {@code TIMESTAMP_TZ} the dialect computed. */
    static final int TZ_COMPUTED_FRACTION_DIGITS = 8;
    static final int MAX_PRECISION = 38;
    static final int MAX_SCALE = 37;

    private final String database;
    private final ColumnCatalog catalog;

    ColumnTypeMapper(String database, ColumnCatalog catalog) {
        this.database = database;
        this.catalog = catalog;
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
                return catalogType(md, i) == SnowflakeColumnType.FIXED ? fixed(name, origin, MAX_PRECISION, 0, nullable, true)
                        : simple(name, origin, SnowflakeColumnType.REAL, nullable);
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
                return simple(name, origin, md.getScale(i) == TZ_COMPUTED_FRACTION_DIGITS
                        || catalogType(md, i) == SnowflakeColumnType.TIMESTAMP_TZ
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
                if (hasNoCounterpart(h2Type)) {
                    throw notEmulated(name, h2Type);
                }
                return sized(name, origin, SnowflakeColumnType.TEXT, precision, nullable);
        }
    }

    /**
     * A value H2 computed in a type Snowflake has no counterpart for here (an H2 {@code ARRAY} from
     * {@code ARRAY_AGG}, an {@code INTERVAL} from date arithmetic): its text would not be what
     * Snowflake answers, so the statement is refused instead.
     */
    private static boolean hasNoCounterpart(String h2Type) {
        return h2Type.equals("ARRAY") || h2Type.endsWith(" ARRAY") || h2Type.startsWith("ROW")
                || h2Type.startsWith("INTERVAL") || h2Type.startsWith("GEOMETRY") || h2Type.equals("JAVA_OBJECT");
    }

    private static SQLException notEmulated(String column, String h2Type) {
        return SnowflakeError.notEmulated("the result column " + column + ", which the emulator's database computes as "
                + h2Type).asSqlException();
    }

    /** The catalog's type for a column H2 names after a table or subquery column; null for computed ones. */
    private SnowflakeColumnType catalogType(ResultSetMetaData md, int i) throws SQLException {
        String table = md.getTableName(i);
        if (table == null || table.isEmpty()) {
            return null;
        }
        return catalog.typeOf(md.getSchemaName(i), table, md.getColumnName(i));
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
