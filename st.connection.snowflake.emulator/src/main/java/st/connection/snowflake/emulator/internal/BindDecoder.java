package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes the driver's {@code bindings}, {@code {"1": {"type": "FIXED", "value": "3"}, ...}}, into
 * Java values for H2: one row for plain binds, one row per element for array binds (a batch).
 *
 * <p>Encodings: FIXED and REAL decimal strings; BOOLEAN "true"/"false"; DATE epoch milliseconds of
 * UTC midnight; TIME nanoseconds since midnight; TIMESTAMP_NTZ and TIMESTAMP_LTZ nanoseconds since
 * the epoch; TIMESTAMP_TZ nanoseconds, a space, and the offset in minutes plus 1440; BINARY hex;
 * ANY (and a null value of any type) SQL NULL.
 */
final class BindDecoder {
    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    /** The decoded rows; {@code batch} is true for array binds. */
    record Binds(List<Object[]> rows, boolean batch) {
        static final Binds NONE = new Binds(List.<Object[]>of(new Object[0]), false);

        int count() {
            return rows.isEmpty() ? 0 : rows.get(0).length;
        }

        void apply(PreparedStatement statement, int row) throws SQLException {
            Object[] values = rows.get(row);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
        }
    }

    Binds decode(JsonNode bindings) {
        if (bindings == null || !bindings.isObject() || bindings.isEmpty()) {
            return Binds.NONE;
        }
        Map<Integer, JsonNode> byIndex = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : bindings.properties()) {
            byIndex.put(parseIndex(field.getKey()), field.getValue());
        }
        int parameters = byIndex.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        JsonNode[] bindsByPosition = new JsonNode[parameters];
        byIndex.forEach((index, bind) -> bindsByPosition[index - 1] = bind);

        boolean batch = byIndex.values().stream().anyMatch(bind -> bind.path("value").isArray());
        int rowCount = batch ? byIndex.values().stream().mapToInt(bind -> bind.path("value").size()).max().orElse(0) : 1;
        List<Object[]> rows = new ArrayList<>(rowCount);
        for (int row = 0; row < rowCount; row++) {
            Object[] values = new Object[parameters];
            for (int i = 0; i < parameters; i++) {
                JsonNode bind = bindsByPosition[i];
                if (bind != null) {
                    JsonNode value = batch ? bind.path("value").path(row) : bind.path("value");
                    values[i] = decode(bind.path("type").asText("TEXT"), value);
                }
            }
            rows.add(values);
        }
        return new Binds(rows, batch);
    }

    private static int parseIndex(String key) {
        try {
            int index = Integer.parseInt(key);
            if (index < 1) {
                throw new IllegalArgumentException("bind index must be 1 or more: " + key);
            }
            return index;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("named binds are not supported by the emulator: " + key, e);
        }
    }

    static Object decode(String type, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.asText();
        switch (type) {
            case "ANY":
                return null;
            case "FIXED":
                return fixed(text);
            case "REAL":
                return Double.valueOf(text);
            case "BOOLEAN":
                return Boolean.valueOf(text.equals("1") || text.equalsIgnoreCase("true"));
            case "DATE":
                return LocalDate.ofEpochDay(Math.floorDiv(Long.parseLong(text), MILLIS_PER_DAY));
            case "TIME":
                return LocalTime.ofNanoOfDay(Math.floorMod(new BigDecimal(text).longValue(), NANOS_PER_DAY));
            case "TIMESTAMP_NTZ":
                return LocalDateTime.ofInstant(instant(text), ZoneOffset.UTC);
            case "TIMESTAMP_LTZ":
                return OffsetDateTime.ofInstant(instant(text), ZoneOffset.UTC);
            case "TIMESTAMP_TZ":
                return timestampTz(text);
            case "BINARY":
                return HexFormat.of().parseHex(text);
            default:
                return text;
        }
    }

    private static Object fixed(String text) {
        BigDecimal decimal = new BigDecimal(text);
        if (decimal.scale() <= 0) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException tooLarge) {
                return decimal;
            }
        }
        return decimal;
    }

    private static Instant instant(String nanosSinceEpoch) {
        BigInteger[] secondsAndNanos = new BigDecimal(nanosSinceEpoch).toBigInteger().divideAndRemainder(NANOS_PER_SECOND);
        long seconds = secondsAndNanos[0].longValueExact();
        long nanos = secondsAndNanos[1].longValue();
        if (nanos < 0) {
            seconds -= 1;
            nanos += 1_000_000_000L;
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static OffsetDateTime timestampTz(String text) {
        String[] parts = text.trim().split("\\s+");
        Instant instant = instant(parts[0]);
        int offsetMinutes = parts.length > 1 ? Integer.parseInt(parts[1]) - 1440 : 0;
        return OffsetDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    }
}
