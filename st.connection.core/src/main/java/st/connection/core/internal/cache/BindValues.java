package st.connection.core.internal.cache;

import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLXML;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The parameters bound to a prepared statement, as part of a cache key: the setter used and its
 * exact, typed arguments, so {@code setBigDecimal(1, 1.0)} and {@code setInt(1, 1)} differ.
 * Streams, LOBs and other values that cannot be compared make the statement uncacheable.
 * Not thread safe, like the statement it belongs to.
 */
final class BindValues {

    /** Made at the first bind: most statements a cache hit sees have none. */
    private TreeMap<Integer, Bound> bound;
    private boolean cacheable = true;

    /** Records a {@code setXxx(index, ...)} call. */
    void set(String setter, Object[] args) {
        int index = (Integer) args[0];
        Object[] values = new Object[args.length - 1];
        for (int i = 1; i < args.length; i++) {
            Object value = args[i];
            if (!isComparable(value)) {
                cacheable = false;
                return;
            }
            values[i - 1] = copyOf(value);
        }
        if (bound == null) {
            bound = new TreeMap<>();
        }
        bound.put(index, new Bound(setter, values));
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

    private static boolean isComparable(Object value) {
        return !(value instanceof InputStream || value instanceof Reader || value instanceof Blob || value instanceof Clob
                || value instanceof Array || value instanceof Ref || value instanceof SQLXML || value instanceof RowId)
                && (value == null || value instanceof Serializable || value instanceof Calendar);
    }

    /** @return the arguments of a call, mutable values copied */
    static Object[] copiesOf(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] copies = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            copies[i] = args[i] instanceof Calendar ? args[i] : copyOf(args[i]);
        }
        return copies;
    }

    /** Mutable values are copied: the caller may change them after binding. */
    private static Object copyOf(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (value instanceof java.util.Date date) {
            return CellConversions.copyOf(date);
        }
        if (value instanceof Calendar calendar) {
            return calendar.getTimeZone().getID();
        }
        return value;
    }

    /** One bound parameter: the setter's name and its arguments after the index. */
    record Bound(String setter, Object[] values) implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean equals(Object other) {
            return other instanceof Bound b && setter.equals(b.setter) && Arrays.deepEquals(values, b.values)
                    && classesOf(values).equals(classesOf(b.values));
        }

        @Override
        public int hashCode() {
            return Objects.hash(setter, Arrays.deepHashCode(values));
        }

        private static List<Class<?>> classesOf(Object[] values) {
            return Arrays.stream(values).<Class<?>>map(v -> v == null ? Void.class : v.getClass()).toList();
        }

        @Override
        public String toString() {
            return setter + Arrays.deepToString(values);
        }
    }
}
