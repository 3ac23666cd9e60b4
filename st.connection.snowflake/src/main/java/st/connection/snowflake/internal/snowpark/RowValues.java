package st.connection.snowflake.internal.snowpark;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;

import com.snowflake.snowpark.types.Geography;
import com.snowflake.snowpark.types.Geometry;

/**
 * Which values of a Snowpark row the cache can hand out again, and how: immutable ones as they
 * are, dates and bytes as copies (a reader may change the one it got). Anything else (the nested
 * arrays, maps and rows of structured types) is not kept: such a result is served uncached.
 */
final class RowValues {

    /** How a value is handed out again. */
    enum Handling {
        SHARED, COPIED, NOT_KEPT
    }

    private static final long OBJECT_BYTES = 16;
    private static final long STRING_BYTES = 40;
    private static final long DECIMAL_BYTES = 72;
    private static final long DATE_BYTES = 32;

    private RowValues() {
    }

    static Handling handling(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer || value instanceof Short || value instanceof Byte || value instanceof Double
                || value instanceof Float || value.getClass() == BigDecimal.class || value.getClass() == BigInteger.class
                || value instanceof Geography || value instanceof Geometry) {
            return Handling.SHARED;
        }
        if (value instanceof Date || value instanceof byte[]) {
            return Handling.COPIED;
        }
        return Handling.NOT_KEPT;
    }

    /** @return a copy of a value {@link Handling#COPIED} is handled by, with its own class */
    static Object copy(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        return ((Date) value).clone();
    }

    /** @return about how many bytes of heap the value takes */
    static long bytes(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof String text) {
            return STRING_BYTES + 2L * text.length();
        }
        if (value instanceof byte[] bytes) {
            return OBJECT_BYTES + bytes.length;
        }
        if (value instanceof BigDecimal || value instanceof BigInteger) {
            return DECIMAL_BYTES;
        }
        if (value instanceof Date) {
            return DATE_BYTES;
        }
        if (value instanceof Geography || value instanceof Geometry) {
            return STRING_BYTES + 2L * value.toString().length();
        }
        return OBJECT_BYTES;
    }
}
