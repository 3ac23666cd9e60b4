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
        Boolean[] keepsText = new Boolean[columnCount];
        List<Object[]> read = new ArrayList<>();
        long bytes = 0;
        while (rows.next()) {
            Object[] row = new Object[columnCount];
            for (int column = 0; column < columnCount; column++) {
                Object value = detached(rows.getObject(column + 1));
                if (value != null && keepsText[column] == null) {
                    keepsText[column] = !String.valueOf(value).equals(rows.getString(column + 1));
                }
                row[column] = value != null && Boolean.TRUE.equals(keepsText[column])
                        ? new TextedValue(value, rows.getString(column + 1))
                        : value;
                bytes += REFERENCE_BYTES + CellSizes.of(row[column]);
            }
            bytes += ROW_OVERHEAD_BYTES;
            read.add(row);
        }
        return CachedResult.of(columns, read.toArray(new Object[0][]), bytes, ttlSeconds);
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
