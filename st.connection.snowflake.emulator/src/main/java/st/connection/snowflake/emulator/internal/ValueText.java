package st.connection.snowflake.emulator.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A value as {@code TO_VARCHAR(x)} writes it with Snowflake's default output formats: timestamps
 * {@code YYYY-MM-DD HH24:MI:SS.FF3} (with {@code TZHTZM} when zoned), numbers plainly.
 */
final class ValueText {
    private static final DateTimeFormatter NTZ = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter TZ = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS xx");

    private ValueText() {
    }

    /** @param value a value as H2 converts it to text */
    static String of(String value) {
        if (value == null) {
            return null;
        }
        if (value.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?")) {
            return NTZ.format(LocalDateTime.parse(value.replace(' ', 'T')));
        }
        if (value.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?[+-]\\d\\d(:\\d\\d)?")) {
            return TZ.format(OffsetDateTime.parse(value.replace(' ', 'T').replaceAll("([+-]\\d\\d)$", "$1:00")));
        }
        return value;
    }

    private static String ofObject(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return NTZ.format(timestamp.toLocalDateTime());
        }
        if (value instanceof LocalDateTime timestamp) {
            return NTZ.format(timestamp);
        }
        if (value instanceof OffsetDateTime timestamp) {
            return TZ.format(timestamp);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Boolean bool) {
            return bool ? "true" : "false";
        }
        return value.toString();
    }
}
