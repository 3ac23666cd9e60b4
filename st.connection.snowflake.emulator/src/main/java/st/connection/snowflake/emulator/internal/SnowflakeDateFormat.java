package st.connection.snowflake.emulator.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Snowflake's date and time format strings ({@code YYYY-MM-DD HH24:MI:SS.FF}) as Java formatters,
 * and the formats {@code TO_DATE}/{@code TO_TIMESTAMP} recognize without one (ISO dates and
 * timestamps with a space or {@code T}).
 */
final class SnowflakeDateFormat {
    private SnowflakeDateFormat() {
    }

    static LocalDateTime parseAuto(String text) {
        String trimmed = text.strip();
        if (trimmed.length() == 10) {
            return LocalDate.parse(trimmed).atStartOfDay();
        }
        return LocalDateTime.parse(trimmed.replace('T', ' ').replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    static LocalDateTime parseTimestamp(String text, String format) {
        DateTimeFormatter formatter = formatter(format);
        try {
            return LocalDateTime.parse(text, formatter);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(text, formatter).atStartOfDay();
        }
    }

    /** The formatter for a Snowflake format; text in double quotes and other characters are literal. */
    static DateTimeFormatter formatter(String format) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive();
        String upper = format.toUpperCase(Locale.ROOT);
        int i = 0;
        while (i < format.length()) {
            if (format.charAt(i) == '"') {
                int end = format.indexOf('"', i + 1);
                end = end < 0 ? format.length() : end;
                builder.appendLiteral(format.substring(i + 1, end));
                i = end + 1;
                continue;
            }
            String element = element(upper, i);
            if (element == null) {
                builder.appendLiteral(format.charAt(i));
                i++;
                continue;
            }
            appendElement(builder, element, upper, i);
            i += element.length() + (element.equals("FF") && i + 2 < upper.length() && Character.isDigit(upper.charAt(i + 2)) ? 1 : 0);
        }
        return builder.toFormatter(Locale.ENGLISH);
    }

    private static final String[] ELEMENTS = {"YYYY", "YY", "MMMM", "MON", "MM", "DD", "DY", "HH24", "HH12", "HH", "MI",
        "SS", "FF", "AM", "PM", "TZH:TZM", "TZHTZM", "TZH"};

    private static String element(String upper, int at) {
        for (String element : ELEMENTS) {
            if (upper.startsWith(element, at)) {
                return element;
            }
        }
        return null;
    }

    private static void appendElement(DateTimeFormatterBuilder builder, String element, String upper, int at) {
        switch (element) {
            case "YYYY" -> builder.appendValue(ChronoField.YEAR, 4);
            case "YY" -> builder.appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
            case "MMMM" -> builder.appendPattern("MMMM");
            case "MON" -> builder.appendPattern("MMM");
            case "MM" -> builder.appendValue(ChronoField.MONTH_OF_YEAR, 2);
            case "DD" -> builder.appendValue(ChronoField.DAY_OF_MONTH, 2);
            case "DY" -> builder.appendPattern("EEE");
            case "HH24", "HH" -> builder.appendValue(ChronoField.HOUR_OF_DAY, 2);
            case "HH12" -> builder.appendValue(ChronoField.CLOCK_HOUR_OF_AMPM, 2);
            case "MI" -> builder.appendValue(ChronoField.MINUTE_OF_HOUR, 2);
            case "SS" -> builder.appendValue(ChronoField.SECOND_OF_MINUTE, 2);
            case "FF" -> {
                int digits = at + 2 < upper.length() && Character.isDigit(upper.charAt(at + 2)) ? upper.charAt(at + 2) - '0' : 9;
                builder.appendFraction(ChronoField.NANO_OF_SECOND, 0, Math.max(digits, 1), false);
            }
            case "AM", "PM" -> builder.appendText(ChronoField.AMPM_OF_DAY);
            case "TZH:TZM" -> builder.appendOffset("+HH:MM", "+00:00");
            case "TZHTZM" -> builder.appendOffset("+HHMM", "+0000");
            default -> builder.appendOffset("+HH", "+00");
        }
    }
}
