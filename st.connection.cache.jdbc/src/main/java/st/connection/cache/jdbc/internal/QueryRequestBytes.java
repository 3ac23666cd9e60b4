package st.connection.cache.jdbc.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A {@link QueryRequest} as bytes that are equal on every node exactly when the requests are equal:
 * the result form's name, the SQL text as chars, every bound parameter with its setter, each
 * argument's class and a text that names its value (what {@code equals} compares), and the
 * statement's limits. Stateless.
 */
final class QueryRequestBytes {

    private QueryRequestBytes() {
    }

    /**
     * @param form the name of the form the result is written in (see
     *     {@link st.connection.api.jdbc.ResultReplay#portableForm})
     * @return the bytes, or {@code null} if a bound value has no text that names it on every node
     */
    static byte[] of(String form, QueryRequest request) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeText(out, form);
            writeText(out, request.sql());
            out.writeLong(request.maxRows());
            out.writeInt(request.maxFieldSize());
            out.writeBoolean(request.escapeProcessing());
            out.writeInt(request.binds().size());
            for (BindValues.Bound bound : request.binds()) {
                writeText(out, bound.setter());
                out.writeInt(bound.values().length);
                for (Object value : bound.values()) {
                    String text = textOf(value);
                    if (text == null) {
                        return null;
                    }
                    writeText(out, value == null ? "null" : value.getClass().getName());
                    writeText(out, text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * @return a text that differs exactly when values of the same class differ (as the key
     *     compares them), or {@code null} for a value without one
     */
    static String textOf(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Character
                || value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger || value instanceof UUID || value instanceof Enum<?>) {
            return value instanceof Enum<?> e ? e.name() : value.toString();
        }
        if (value.getClass() == BigDecimal.class) {
            BigDecimal decimal = (BigDecimal) value;
            return decimal.unscaledValue() + "e" + decimal.scale();
        }
        if (value instanceof Double d) {
            return Long.toHexString(Double.doubleToLongBits(d));
        }
        if (value instanceof Float f) {
            return Integer.toHexString(Float.floatToIntBits(f));
        }
        if (value instanceof byte[] array) {
            return HexFormat.of().formatHex(array);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.getTime() + "/" + timestamp.getNanos();
        }
        if (value instanceof java.util.Date date) {
            return Long.toString(date.getTime());
        }
        if (value instanceof Calendar calendar) {
            return calendar.getTimeZone().getID();
        }
        if (value instanceof TemporalAccessor && value.getClass().getName().startsWith("java.time.")) {
            return value.toString();
        }
        return null;
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        out.writeInt(text.length());
        out.writeChars(text);
    }
}
