package st.connection.cache.h2.internal;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.h2.jdbc.JdbcConnection;
import org.h2.jdbc.JdbcResultSet;
import org.h2.util.StringUtils;
import org.h2.value.Value;

import st.connection.api.jdbc.CapturedResult;

/**
 * An H2 result as H2's own values: the rows, the columns' metadata, and the connection whose
 * conversions (time zone, Java object serializer) they are read with. Immutable once complete;
 * an incomplete one also holds H2's cursor, positioned on the row after the captured ones.
 */
final class H2CapturedRows implements CapturedResult {

    private static final long ROW_OVERHEAD_BYTES = 16;
    private static final long REFERENCE_BYTES = 4;
    private static final long COLUMN_BYTES = 64;

    private final JdbcConnection connection;
    private final List<H2Column> columns;
    private final Map<String, Integer> labelIndex;
    private final Value[][] rows;
    private final JdbcResultSet rest;
    private final SQLException failure;
    private final H2Internals.ResultKind kind;
    private final int fetchSize;
    private final long approximateBytes;
    private final DefaultObjects defaultObjects;

    /**
     * @param rest H2's cursor on the first row not captured (or, after a failure, where it failed),
     *     or {@code null} if all rows were captured
     * @param failure what H2 threw when asked for the row after the captured ones, or {@code null}:
     *     the replay throws it there, where H2 threw it
     * @param kind how H2 held the result: its cursor's rules differ
     */
    H2CapturedRows(JdbcConnection connection, List<H2Column> columns, Value[][] rows, JdbcResultSet rest,
            SQLException failure, H2Internals.ResultKind kind, int fetchSize, long approximateBytes) {
        this.connection = connection;
        this.columns = List.copyOf(columns);
        this.labelIndex = columns.size() >= 3 ? labelIndex(this.columns) : Map.of();
        this.rows = rows;
        this.rest = rest;
        this.failure = failure;
        this.kind = kind;
        this.fetchSize = fetchSize;
        this.approximateBytes = approximateBytes;
        this.defaultObjects = new DefaultObjects(rows.length, columns.size());
    }

    /**
     * H2 finds a label among three or more columns in a map: labels first, then column names,
     * then {@code TABLE.COLUMN}, each upper case (English rules), the first column of a name
     * winning.
     */
    private static Map<String, Integer> labelIndex(List<H2Column> columns) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.putIfAbsent(StringUtils.toUpperEnglish(columns.get(i).label()), i);
        }
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            if (name != null) {
                index.putIfAbsent(StringUtils.toUpperEnglish(name), i);
                String table = columns.get(i).resultTableName();
                if (table != null) {
                    index.putIfAbsent(StringUtils.toUpperEnglish(table) + '.' + StringUtils.toUpperEnglish(name), i);
                }
            }
        }
        return Map.copyOf(index);
    }

    /** @return about how many bytes the metadata of this many columns takes */
    static long columnBytes(int columnCount) {
        return COLUMN_BYTES * columnCount;
    }

    /** @return about how many bytes a row of values takes */
    static long rowBytes(Value[] row) {
        long bytes = ROW_OVERHEAD_BYTES;
        for (Value value : row) {
            bytes += REFERENCE_BYTES + value.getMemory();
        }
        return bytes;
    }

    /** @return about how many bytes a result of these columns and rows takes */
    static long approximateBytes(int columnCount, Value[][] rows) {
        long bytes = columnBytes(columnCount);
        for (Value[] row : rows) {
            bytes += rowBytes(row);
        }
        return bytes;
    }

    JdbcConnection connection() {
        return connection;
    }

    List<H2Column> columns() {
        return columns;
    }

    /** @return the labels, column names and table-qualified names of three or more columns, by upper case name */
    Map<String, Integer> labelIndex() {
        return labelIndex;
    }

    Value[][] rows() {
        return rows;
    }

    /** @return H2's cursor on the first row not captured, or {@code null} if all were */
    JdbcResultSet rest() {
        return rest;
    }

    /** @return what {@code getObject} answered for the cells, remembered */
    DefaultObjects defaultObjects() {
        return defaultObjects;
    }

    /** @return what H2 threw for the row after the captured ones, or {@code null} */
    SQLException failure() {
        return failure;
    }

    boolean isRemote() {
        return kind == H2Internals.ResultKind.REMOTE;
    }

    /** @return whether H2 computed the rows as they were read, not knowing their count */
    boolean isLazy() {
        return kind == H2Internals.ResultKind.LAZY;
    }

    int fetchSize() {
        return fetchSize;
    }

    @Override
    public long rowCount() {
        return rows.length;
    }

    @Override
    public boolean isComplete() {
        return rest == null;
    }

    @Override
    public long approximateBytes() {
        return approximateBytes;
    }

    @Override
    public String toString() {
        return "H2CapturedRows[" + rows.length + " rows x " + columns.size() + " columns"
                + (rest == null ? "" : ", continuing on H2's cursor") + "]";
    }
}
