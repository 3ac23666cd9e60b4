package st.connection.core.internal.cache;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable, fully read query result: column descriptions and rows (row-major; a cell is the
 * driver's value, or a {@link TextedValue}). Safe to share between threads; each reader gets its
 * own {@link CachedResultSet}.
 *
 * @param columns the columns, in order
 * @param objectKinds per column, what {@code getObject} hands out for its cells
 * @param textedColumns per column, whether its cells that are not null are {@link TextedValue}s
 * @param columnIndex upper case column label to 1-based column index
 * @param rows the rows; never modified after construction
 * @param approximateBytes an estimate of the heap the rows take
 * @param ttlSeconds how long the result may be served
 */
record CachedResult(List<CachedColumn> columns, ObjectKind[] objectKinds, boolean[] textedColumns,
        Map<String, Integer> columnIndex, Object[][] rows, long approximateBytes, long ttlSeconds)
        implements Serializable {

    /** @return a result whose label index (upper case label to 1-based column; first wins) is built once */
    static CachedResult of(List<CachedColumn> columns, Object[][] rows, long approximateBytes, long ttlSeconds) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = columns.size() - 1; i >= 0; i--) {
            index.put(columns.get(i).label().toUpperCase(Locale.ROOT), i + 1);
        }
        return new CachedResult(List.copyOf(columns), ObjectKind.of(columns, rows), textedColumns(rows, columns.size()),
                Map.copyOf(index), rows, approximateBytes, ttlSeconds);
    }

    /**
     * A column keeps the driver's text for all its values or for none (the materializer decides on
     * its first value), so a read need not look at a cell to know whether to unwrap it.
     */
    private static boolean[] textedColumns(Object[][] rows, int columnCount) {
        boolean[] texted = new boolean[columnCount];
        for (int column = 0; column < columnCount; column++) {
            for (Object[] row : rows) {
                if (row[column] != null) {
                    texted[column] = row[column] instanceof TextedValue;
                    break;
                }
            }
        }
        return texted;
    }

    int rowCount() {
        return rows.length;
    }
}
