package st.connection.cache.h2.internal;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.h2.api.Interval;

/**
 * What {@code getObject} answered for the cells of a captured result whose answer H2 computes at
 * some cost on every call, remembered: dates, times and timestamps (from H2's date value,
 * nanoseconds and the session's time zone) as their milliseconds and nanoseconds, handed out as a
 * new object each time (so no reader changes what another reads), and {@code java.time} values
 * and intervals as they are, since they cannot change. Answers H2 makes cheaply (strings and
 * decimals it holds, boxed numbers, booleans) are not remembered, nor anything mutable (bytes,
 * LOBs, arrays, Java objects): memory goes only where it saves work. A column gets its memory at
 * its first remembered answer. Shared by every reader of the result, from any thread: cells are
 * published with release/acquire semantics.
 */
final class DefaultObjects {

    /** Immutable answers worth remembering: H2 builds a new one on every call. */
    private static final Set<Class<?>> KEPT_AS_THEY_ARE = Set.of(LocalDate.class, LocalTime.class,
            LocalDateTime.class, OffsetDateTime.class, OffsetTime.class, Interval.class);
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final int rowCount;
    private final AtomicReferenceArray<Column> columns;

    DefaultObjects(int rowCount, int columnCount) {
        this.rowCount = rowCount;
        this.columns = new AtomicReferenceArray<>(columnCount);
    }

    /**
     * @param row the 0-based row, {@code column} the 1-based column
     * @return the cell's remembered answer, or {@code null} if it must be computed
     */
    Object known(int row, int column) {
        Column memory = columns.getAcquire(column - 1);
        return memory == null ? null : memory.answer(row);
    }

    /**
     * Remembers a computed answer if its column's answers are worth it; the first answer of a
     * column decides, once, whether they are.
     *
     * @return {@code answer}
     */
    Object remember(int row, int column, Object answer) {
        if (answer != null) {
            Column memory = columns.getAcquire(column - 1);
            if (memory == null) {
                Column decided = Column.forAnswer(answer, rowCount);
                memory = columns.compareAndExchange(column - 1, null, decided);
                memory = memory == null ? decided : memory;
            }
            memory.remember(row, answer);
        }
        return answer;
    }

    /** The remembered answers of one column. */
    private abstract static class Column {

        /** @return the memory for a column whose answers are like this one ({@link #NONE} if not worth it) */
        static Column forAnswer(Object answer, int rowCount) {
            Class<?> type = answer.getClass();
            if (type == Timestamp.class || type == Date.class || type == Time.class) {
                return new Dates(type, rowCount);
            }
            return KEPT_AS_THEY_ARE.contains(type) ? new Immutables(rowCount) : NONE;
        }

        /** @return the remembered answer, or {@code null} */
        abstract Object answer(int row);

        abstract void remember(int row, Object answer);
    }

    /** A column whose answers are cheap to compute or mutable: nothing remembered. */
    private static final Column NONE = new Column() {
        @Override
        Object answer(int row) {
            return null;
        }

        @Override
        void remember(int row, Object answer) {
        }
    };

    /** {@code java.sql} dates, times and timestamps as milliseconds and nanoseconds: 12 bytes a cell. */
    private static final class Dates extends Column {

        private final Class<?> type;
        private final int[] nanos;
        private final AtomicLongArray millis;

        Dates(Class<?> type, int rowCount) {
            this.type = type;
            this.nanos = new int[rowCount];
            this.millis = new AtomicLongArray(rowCount);
            for (int row = 0; row < rowCount; row++) {
                millis.setPlain(row, UNKNOWN);
            }
        }

        @Override
        Object answer(int row) {
            long time = millis.getAcquire(row);
            if (time == UNKNOWN) {
                return null;
            }
            if (type == Timestamp.class) {
                Timestamp timestamp = new Timestamp(time);
                timestamp.setNanos(nanos[row]);
                return timestamp;
            }
            return type == Date.class ? new Date(time) : new Time(time);
        }

        @Override
        void remember(int row, Object answer) {
            if (answer.getClass() != type) {
                return;
            }
            long time = ((java.util.Date) answer).getTime();
            if (time != UNKNOWN) {
                nanos[row] = answer instanceof Timestamp timestamp ? timestamp.getNanos() : 0;
                millis.setRelease(row, time);
            }
        }
    }

    /** Answers that cannot change, as they are. */
    private static final class Immutables extends Column {

        private final AtomicReferenceArray<Object> answers;

        Immutables(int rowCount) {
            this.answers = new AtomicReferenceArray<>(rowCount);
        }

        @Override
        Object answer(int row) {
            return answers.getAcquire(row);
        }

        @Override
        void remember(int row, Object answer) {
            if (KEPT_AS_THEY_ARE.contains(answer.getClass())) {
                answers.setRelease(row, answer);
            }
        }
    }
}
