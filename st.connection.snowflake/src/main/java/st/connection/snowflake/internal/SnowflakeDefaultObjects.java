package st.connection.snowflake.internal;

import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What {@code getObject} answered for each cell of a captured result, remembered: the driver
 * converts the cell's text anew on every call (a decimal parsed and scaled, a timestamp moved to
 * the session's zone), and its answers are values. Immutable answers are handed out as they are,
 * dates and byte arrays as copies (so no reader changes what another reads), anything else
 * (structured values) is computed on every call, as the driver does. Shared by every reader of the
 * result, from any thread: cells are published with release/acquire semantics.
 */
final class SnowflakeDefaultObjects {

    private static final Set<Class<?>> IMMUTABLE = Set.of(String.class, Boolean.class, Byte.class, Short.class,
            Integer.class, Long.class, Float.class, Double.class, BigDecimal.class);
    private static final Object EVERY_CALL = new Object();

    private final AtomicReferenceArray<Object> cells;
    private final int columnCount;

    SnowflakeDefaultObjects(int rowCount, int columnCount) {
        this.cells = new AtomicReferenceArray<>(rowCount * columnCount);
        this.columnCount = columnCount;
    }

    /** Computes one cell's answer as the driver does. */
    @FunctionalInterface
    interface Computation {
        Object compute() throws java.sql.SQLException;
    }

    /** @return the answer of a cell that is not SQL NULL: remembered, or computed now (and remembered if it can be) */
    Object answer(int row, int column, Computation computation) throws java.sql.SQLException {
        int index = row * columnCount + column - 1;
        Object known = cells.get(index);
        if (known == null) {
            Object computed = computation.compute();
            if (computed == null) {
                return null;
            }
            boolean keepable = IMMUTABLE.contains(computed.getClass()) || computed instanceof java.util.Date
                    || computed instanceof byte[];
            cells.set(index, keepable ? computed : EVERY_CALL);
            return computed;
        }
        if (known == EVERY_CALL) {
            return computation.compute();
        }
        return known instanceof java.util.Date date ? date.clone() : known instanceof byte[] bytes ? bytes.clone()
                : known;
    }
}
