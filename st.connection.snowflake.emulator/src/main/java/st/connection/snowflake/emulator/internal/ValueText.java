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

    static String of(Object value) {
        if (value == null) {
            return null;
        }
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
