package st.connection.cache.h2.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.h2.api.Interval;

/**
 * What {@code getObject} answered for each cell of a captured result, remembered: H2 computes it
 * anew on every call (a timestamp from its date and nanoseconds, each time), and most answers are
 * values that cannot change. Immutable answers are handed out as they are, dates and byte arrays
 * as copies (so no reader changes what another reads), and anything else (LOBs, arrays, rows,
 * Java objects) is computed on every call, as H2 does. Shared by every reader of the result, from
 * any thread: cells are published with release/acquire semantics.
 */
final class DefaultObjects {

    /** Classes of answers that cannot change once made. */
    private static final Set<Class<?>> IMMUTABLE = Set.of(String.class, Boolean.class, Byte.class, Short.class,
            Integer.class, Long.class, Float.class, Double.class, BigDecimal.class, BigInteger.class, UUID.class,
            LocalDate.class, LocalTime.class, LocalDateTime.class, OffsetDateTime.class, OffsetTime.class,
            Interval.class);
    /** Remembered as "computed on every call". */
    private static final Object EVERY_CALL = new Object();

    private final AtomicReferenceArray<Object> cells;
    private final int columnCount;

    DefaultObjects(int rowCount, int columnCount) {
        this.cells = new AtomicReferenceArray<>(rowCount * columnCount);
        this.columnCount = columnCount;
    }

    /** Computes one cell's answer. */
    @FunctionalInterface
    interface Computation {
        Object compute() throws Exception;
    }

    /**
     * @param row the 0-based row, {@code column} the 1-based column
     * @return the cell's answer: remembered, or computed now (and remembered if it can be)
     */
    Object answer(int row, int column, Computation computation) throws Exception {
        int index = row * columnCount + column - 1;
        Object known = cells.get(index);
        if (known == null) {
            Object computed = computation.compute();
            if (computed == null) {
                return null;
            }
            Class<?> type = computed.getClass();
            boolean keepable = IMMUTABLE.contains(type) || computed instanceof java.util.Date
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
