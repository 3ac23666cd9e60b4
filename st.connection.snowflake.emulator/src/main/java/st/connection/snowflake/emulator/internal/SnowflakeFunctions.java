package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.h2.value.Value;

/**
 * Snowflake functions H2 lacks, as static methods that H2 calls through {@code CREATE ALIAS}
 * (registered by {@link H2Database} under the names in {@link #ALIASES}). The dialect rewrites call
 * them; users never name them. Thread safe: stateless.
 */
public final class SnowflakeFunctions {
    /** Alias name and method name; overloads by argument count share a method name. */
    static final List<String[]> ALIASES = List.of(
            new String[] {"SF_DIV", "div"}, new String[] {"SF_DIV0", "div0"}, new String[] {"SF_DIV0NULL", "div0null"},
            new String[] {"SF_SPLIT_PART", "splitPart"}, new String[] {"SF_INITCAP", "initcap"},
            new String[] {"SF_TO_VARCHAR", "toVarchar"}, new String[] {"SF_TO_DATE", "toDate"},
            new String[] {"SF_TRY_TO_DATE", "tryToDate"}, new String[] {"SF_TO_TIMESTAMP", "toTimestamp"},
            new String[] {"SF_TRY_TO_TIMESTAMP", "tryToTimestamp"}, new String[] {"SF_TRY_TO_NUMBER", "tryToNumber"},
            new String[] {"SF_TRY_TO_DOUBLE", "tryToDouble"}, new String[] {"SF_TRY_TO_BOOLEAN", "tryToBoolean"},
            new String[] {"SF_CONVERT_TIMEZONE", "convertTimezone"}, new String[] {"SF_PARSE_JSON", "parseJson"},
            new String[] {"SF_TRY_PARSE_JSON", "tryParseJson"}, new String[] {"SF_GET_PATH", "getPath"},
            new String[] {"SF_GET_PATH_TEXT", "getPathText"}, new String[] {"SF_ARRAY_SIZE", "arraySize"},
            new String[] {"SF_FLOATING", "floating"});

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SCALE = 12;

    private SnowflakeFunctions() {
    }

    /** Snowflake's division: exact, scale {@code max(s1, min(s1 + 6, 12))}, half up. */
    public static BigDecimal div(BigDecimal dividend, BigDecimal divisor) throws SQLException {
        if (dividend == null || divisor == null) {
            return null;
        }
        if (divisor.signum() == 0) {
            throw new SQLException("Division by zero", "22012", ErrorCode.DIVISION_BY_ZERO_1);
        }
        int scale = Math.max(dividend.scale(), Math.min(dividend.scale() + 6, MAX_SCALE));
        return dividend.divide(divisor, Math.max(scale, 0), RoundingMode.HALF_UP);
    }

    /**
     * Whether a division has a {@code FLOAT} operand, which makes it a {@code FLOAT} division in
     * Snowflake. H2's {@code DECFLOAT} counts: H2 gives it to sums and products of {@code FLOAT}s.
     */
    public static boolean floating(Value dividend, Value divisor) {
        return isFloating(dividend) || isFloating(divisor);
    }

    private static boolean isFloating(Value value) {
        int type = value.getValueType();
        return type == Value.DOUBLE || type == Value.REAL || type == Value.DECFLOAT;
    }

    /** DIV0: 0 where the divisor is 0. */
    public static BigDecimal div0(BigDecimal dividend, BigDecimal divisor) throws SQLException {
        if (divisor != null && divisor.signum() == 0 && dividend != null) {
            return zeroOfQuotient(dividend);
        }
        return div(dividend, divisor);
    }

    /** DIV0NULL: 0 where the divisor is 0 or NULL. */
    public static BigDecimal div0null(BigDecimal dividend, BigDecimal divisor) throws SQLException {
        return divisor == null ? (dividend == null ? null : zeroOfQuotient(dividend)) : div0(dividend, divisor);
    }

    /** 0 with the scale a quotient of this dividend has. */
    private static BigDecimal zeroOfQuotient(BigDecimal dividend) {
        return BigDecimal.ZERO.setScale(Math.max(dividend.scale(), Math.min(dividend.scale() + 6, MAX_SCALE)));
    }

    /** SPLIT_PART: 1-based, negative counts from the end, 0 means 1, past the end is ''. */
    public static String splitPart(String text, String delimiter, int part) {
        if (text == null || delimiter == null) {
            return null;
        }
        String[] parts = delimiter.isEmpty() ? new String[] {text} : text.split(java.util.regex.Pattern.quote(delimiter), -1);
        int index = part == 0 ? 0 : part > 0 ? part - 1 : parts.length + part;
        return index >= 0 && index < parts.length ? parts[index] : "";
    }

    public static String initcap(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder result = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.toCharArray()) {
            result.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c);
        }
        return result.toString();
    }

    /** TO_VARCHAR(x) without a format, in Snowflake's default output formats. */
    public static String toVarchar(String value) {
        return ValueText.of(value);
    }

    public static LocalDate toDate(String value) throws SQLException {
        LocalDate date = tryToDate(value);
        if (date == null && value != null) {
            throw notRecognized("Date", value);
        }
        return date;
    }

    public static LocalDate toDate(String value, String format) throws SQLException {
        if (value == null || format == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), SnowflakeDateFormat.formatter(format));
        } catch (DateTimeParseException e) {
            throw notRecognized("Date", value);
        }
    }

    public static LocalDate tryToDate(String value) {
        if (value == null) {
            return null;
        }
        LocalDateTime timestamp = tryToTimestamp(value);
        return timestamp == null ? null : timestamp.toLocalDate();
    }

    public static LocalDateTime toTimestamp(String value) throws SQLException {
        LocalDateTime timestamp = tryToTimestamp(value);
        if (timestamp == null && value != null) {
            throw notRecognized("Timestamp", value);
        }
        return timestamp;
    }

    public static LocalDateTime toTimestamp(String value, String format) throws SQLException {
        if (value == null || format == null) {
            return null;
        }
        try {
            return SnowflakeDateFormat.parseTimestamp(value.strip(), format);
        } catch (DateTimeParseException e) {
            throw notRecognized("Timestamp", value);
        }
    }

    /** Dates and timestamps in ISO form, epoch seconds as numbers, or the value's own date and time. */
    public static LocalDateTime tryToTimestamp(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.matches("-?\\d+")) {
            return LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(text)), ZoneOffset.UTC);
        }
        try {
            return SnowflakeDateFormat.parseAuto(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static BigDecimal tryToNumber(String value, int precision, int scale) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip()).setScale(scale, RoundingMode.HALF_UP);
            return number.precision() - number.scale() > precision - scale ? null : number;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Double tryToDouble(String value) {
        try {
            return value == null ? null : Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Boolean tryToBoolean(String value) {
        if (value == null) {
            return null;
        }
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y", "on", "1":
                return Boolean.TRUE;
            case "false", "f", "no", "n", "off", "0":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** CONVERT_TIMEZONE(target, ts): the same instant in the target zone (a TIMESTAMP_TZ). */
    public static OffsetDateTime convertTimezone(String target, OffsetDateTime timestamp) {
        return timestamp == null || target == null ? null : timestamp.atZoneSameInstant(ZoneId.of(target)).toOffsetDateTime();
    }

    /** CONVERT_TIMEZONE(source, target, ntz): the wall clock of {@code source} as the wall clock of {@code target}. */
    public static LocalDateTime convertTimezone(String source, String target, LocalDateTime timestamp) {
        if (source == null || target == null || timestamp == null) {
            return null;
        }
        return timestamp.atZone(ZoneId.of(source)).withZoneSameInstant(ZoneId.of(target)).toLocalDateTime();
    }

    public static String parseJson(String text) throws SQLException {
        if (text == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            throw new SQLException("Error parsing JSON: " + e.getOriginalMessage(), "22000", 100069);
        }
    }

    public static String tryParseJson(String text) {
        try {
            return parseJson(text);
        } catch (SQLException e) {
            return null;
        }
    }

    /** The element at a path such as {@code a.b[0]} or {@code ["a b"]}, as JSON text; null where absent. */
    public static String getPath(String json, String path) throws SQLException {
        JsonNode node = VariantPathReader.read(json, path);
        return node == null ? null : node.toString();
    }

    /** As {@link #getPath}, with a string's text unquoted and JSON null as SQL NULL, as a cast of it reads. */
    public static String getPathText(String json, String path) throws SQLException {
        JsonNode node = VariantPathReader.read(json, path);
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    public static Integer arraySize(String json) throws SQLException {
        JsonNode node = VariantPathReader.read(json, "");
        return node == null || !node.isArray() ? null : node.size();
    }

    private static SQLException notRecognized(String type, Object value) {
        return new SQLException(type + " '" + value + "' is not recognized", "22007", ErrorCode.DATA_CONVERSION_ERROR_1);
    }
}
