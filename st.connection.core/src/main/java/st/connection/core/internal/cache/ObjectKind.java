package st.connection.core.internal.cache;

import java.sql.Types;
import java.util.List;

/**
 * What {@code getObject} hands out for the cells of one column, decided once per result so a read
 * tests no cell's class: the value itself (immutable, or a {@link FrozenTemporals frozen} date), a
 * copy (arrays and other mutable dates, so that no caller can change what others read), or a fresh
 * LOB over the kept text or bytes.
 */
enum ObjectKind {
    VALUE, COPIED_BYTES, COPIED_DATE, CLOB, BLOB;

    /** @return the kind of each column, from its type and its first value that is not null */
    static ObjectKind[] of(List<CachedColumn> columns, Object[][] rows) {
        ObjectKind[] kinds = new ObjectKind[columns.size()];
        for (int column = 0; column < kinds.length; column++) {
            kinds[column] = of(columns.get(column).type(), firstValue(rows, column));
        }
        return kinds;
    }

    private static ObjectKind of(int type, Object value) {
        if (value instanceof String) {
            return type == Types.CLOB || type == Types.NCLOB ? CLOB : VALUE;
        }
        if (value instanceof byte[]) {
            return type == Types.BLOB ? BLOB : COPIED_BYTES;
        }
        boolean frozen = value instanceof FrozenTemporals.FrozenTimestamp || value instanceof FrozenTemporals.FrozenDate
                || value instanceof FrozenTemporals.FrozenTime;
        return value instanceof java.util.Date && !frozen ? COPIED_DATE : VALUE;
    }

    private static Object firstValue(Object[][] rows, int column) {
        for (Object[] row : rows) {
            Object cell = row[column];
            if (cell != null) {
                return cell instanceof TextedValue texted ? texted.value() : cell;
            }
        }
        return null;
    }
}
