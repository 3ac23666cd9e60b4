package st.connection.cache.jdbc.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The parameters bound to a prepared statement, as part of a cache key: the setter used and its
 * exact, typed arguments, so {@code setBigDecimal(1, 1.0)} and {@code setInt(1, 1)} differ.
 * Only values that cannot change after binding take part (numbers, strings, dates copied when
 * bound, {@code java.time} values, UUIDs, byte arrays copied, enums such as {@code JDBCType});
 * anything else (streams, LOBs, arrays, arbitrary objects) makes the statement uncacheable until
 * its parameters are cleared. Not thread safe, like the statement it belongs to.
 */
final class BindValues {

    /** Made at the first bind: most statements a cache hit sees have none. */
    private TreeMap<Integer, Bound> bound;
    private boolean cacheable = true;

    /**
     * Records a {@code setXxx(index, values...)} call.
     *
     * @param values the arguments after the index, as {@link #keptValue} made them
     */
    void set(String setter, int index, Object... values) {
        if (bound == null) {
            bound = new TreeMap<>();
        }
        bound.put(index, new Bound(setter, values));
    }

    /** A value that cannot be kept in a key was bound. */
    void setUncacheable() {
        cacheable = false;
    }

    void clear() {
        bound = null;
        cacheable = true;
    }

    boolean isCacheable() {
        return cacheable;
    }

    /** @return an immutable snapshot fit for a key */
    List<Bound> snapshot() {
        return bound == null ? List.of() : List.copyOf(bound.values());
    }

    /** @return whether a value can be part of a key: it cannot change once bound, or is copied */
    static boolean isKeepable(Object value) {
        return value == null || value instanceof String || value instanceof Number && isImmutableNumber(value)
                || value instanceof Boolean || value instanceof Character || value instanceof java.util.Date
                || value instanceof TemporalAccessor && value.getClass().getName().startsWith("java.time.")
                || value instanceof UUID || value instanceof byte[] || value instanceof Enum<?>
                || value instanceof Calendar;
    }

    private static boolean isImmutableNumber(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof Double || value instanceof Float || value.getClass() == BigDecimal.class
                || value.getClass() == BigInteger.class;
    }

    /**
     * @return the value as the key and the deferred call keep it: mutable values copied, so the
     *     caller may change its own after binding as drivers allow; a calendar as its time zone
     */
    static Object keptValue(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (value instanceof Timestamp timestamp) {
            Timestamp copy = new Timestamp(timestamp.getTime());
            copy.setNanos(timestamp.getNanos());
            return copy;
        }
        if (value instanceof java.util.Date date) {
            return date.clone();
        }
        if (value instanceof Calendar calendar) {
            return calendar.clone();
        }
        return value;
    }

    /** One bound parameter: the setter's name and its arguments after the index. */
    record Bound(String setter, Object[] values) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Bound b && setter.equals(b.setter) && Arrays.deepEquals(keyed(values), keyed(b.values))
                    && classesOf(values).equals(classesOf(b.values));
        }

        @Override
        public int hashCode() {
            return Objects.hash(setter, Arrays.deepHashCode(keyed(values)));
        }

        /** A calendar counts by its time zone, which is all a driver reads of it. */
        private static Object[] keyed(Object[] values) {
            for (Object value : values) {
                if (value instanceof Calendar) {
                    return Arrays.stream(values)
                            .map(v -> v instanceof Calendar c ? c.getTimeZone().getID() : v).toArray();
                }
            }
            return values;
        }

        private static List<Class<?>> classesOf(Object[] values) {
            return Arrays.stream(values).<Class<?>>map(v -> v == null ? Void.class : v.getClass()).toList();
        }

        /** @return the approximate heap the values keep */
        long approximateBytes() {
            long bytes = 32 + 8L * values.length;
            for (Object value : values) {
                bytes += value instanceof String s ? 40 + 2L * s.length()
                        : value instanceof byte[] b ? 16 + b.length : 24;
            }
            return bytes;
        }

        @Override
        public String toString() {
            return setter + Arrays.deepToString(keyed(values));
        }
    }
}
