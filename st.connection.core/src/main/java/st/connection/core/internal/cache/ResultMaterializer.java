package st.connection.core.internal.cache;

import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a live {@link ResultSet} to the end into a {@link CachedResult}. LOBs become strings and
 * byte arrays; a result with column types that cannot be kept apart from their connection
 * (arrays, structs, references, row ids) is not materialized at all.
 */
final class ResultMaterializer {

    private static final Set<Integer> UNCACHEABLE_TYPES = Set.of(Types.ARRAY, Types.STRUCT, Types.REF, Types.ROWID,
            Types.DATALINK, Types.JAVA_OBJECT, Types.REF_CURSOR);
    private static final int ROW_OVERHEAD_BYTES = 16;
    private static final int REFERENCE_BYTES = 4;

    private ResultMaterializer() {
    }

    /** @return whether every column can be cached */
    static boolean canMaterialize(ResultSetMetaData metaData) throws SQLException {
        for (int column = 1; column <= metaData.getColumnCount(); column++) {
            if (UNCACHEABLE_TYPES.contains(metaData.getColumnType(column))) {
                return false;
            }
        }
        return true;
    }

    static CachedResult materialize(ResultSet rows, long ttlSeconds) throws SQLException {
        ResultSetMetaData metaData = rows.getMetaData();
        int columnCount = metaData.getColumnCount();
        List<CachedColumn> columns = new ArrayList<>(columnCount);
        for (int column = 1; column <= columnCount; column++) {
            columns.add(CachedColumn.describe(metaData, column));
        }
        ColumnCells[] cells = new ColumnCells[columnCount];
        for (int column = 0; column < columnCount; column++) {
            cells[column] = new ColumnCells(column + 1);
        }
        List<Object[]> read = new ArrayList<>();
        long bytes = 0;
        while (rows.next()) {
            Object[] row = new Object[columnCount];
            for (int column = 0; column < columnCount; column++) {
                row[column] = cells[column].read(rows);
                bytes += REFERENCE_BYTES + CellSizes.of(row[column]);
            }
            bytes += ROW_OVERHEAD_BYTES;
            read.add(row);
        }
        return CachedResult.of(columns, read.toArray(new Object[0][]), bytes, ttlSeconds);
    }

    /**
     * Reads the cells of one column. What a column needs (detaching LOBs, freezing dates, keeping
     * the driver's text) is decided on its first value, since a driver returns one class per column: testing
     * every cell against the LOB interfaces made materializing several times slower. A boolean's
     * text is read once per value, and its cell is shared.
     */
    private static final class ColumnCells {

        private final int index;
        private boolean decided;
        private boolean detaches;
        private boolean freezes;
        private boolean keepsText;
        private TextedValue textedTrue;
        private TextedValue textedFalse;

        ColumnCells(int index) {
            this.index = index;
        }

        Object read(ResultSet rows) throws SQLException {
            Object value = rows.getObject(index);
            if (value == null) {
                return null;
            }
            if (!decided) {
                detaches = value instanceof Clob || value instanceof Blob || value instanceof SQLXML;
                freezes = value instanceof java.util.Date;
                value = detaches ? detached(value) : value;
                keepsText = !String.valueOf(value).equals(rows.getString(index));
                decided = true;
            } else if (detaches) {
                value = detached(value);
            }
            if (freezes) {
                value = FrozenTemporals.freeze(value);
            }
            if (!keepsText) {
                return value;
            }
            if (Boolean.TRUE.equals(value)) {
                textedTrue = textedTrue != null ? textedTrue : texted(value, rows);
                return textedTrue;
            }
            if (Boolean.FALSE.equals(value)) {
                textedFalse = textedFalse != null ? textedFalse : texted(value, rows);
                return textedFalse;
            }
            return texted(value, rows);
        }

        private TextedValue texted(Object value, ResultSet rows) throws SQLException {
            return new TextedValue(value, rows.getString(index));
        }
    }

    /** LOBs and XML are read out: they belong to the connection and die with it. */
    private static Object detached(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } finally {
                clob.free();
            }
        }
        if (value instanceof Blob blob) {
            try {
                return blob.getBytes(1, (int) blob.length());
            } finally {
                blob.free();
            }
        }
        if (value instanceof SQLXML xml) {
            return xml.getString();
        }
        return value;
    }

    /** Rough heap sizes of the values JDBC drivers return (compressed references, 64-bit JVM). */
    static final class CellSizes {

        private CellSizes() {
        }

        static long of(Object value) {
            if (value == null || value instanceof Boolean) {
                return 0;
            }
            if (value instanceof TextedValue texted) {
                return 16 + of(texted.value()) + of(texted.text());
            }
            if (value instanceof String s) {
                return 40 + s.length();
            }
            if (value instanceof byte[] b) {
                return 16 + b.length;
            }
            if (value instanceof Integer || value instanceof Short || value instanceof Byte || value instanceof Float) {
                return 16;
            }
            if (value instanceof Long || value instanceof Double) {
                return 24;
            }
            if (value instanceof BigDecimal decimal) {
                return 40 + decimal.unscaledValue().bitLength() / 8 + 24;
            }
            return 32;
        }
    }
}
