package st.connection.snowflake.emulator.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The Snowflake column types the emulator answers with, each with its JSON cell encoding: every
 * cell is a string (or null) in the form the driver parses for that type.
 */
enum SnowflakeColumnType {
    /** A plain decimal; the rowtype's scale tells the driver where the point is. */
    FIXED {
        @Override
        String encode(ResultSet rs, int column) throws SQLException {
            BigDecimal value = rs.getBigDecimal(column);
            return value == null ? null : value.toPlainString();
        }
    },
    /** A double in Java's notation; "inf", "-inf" and "NaN" as Snowflake writes them. */
    REAL {
        @Override
        String encode(ResultSet rs, int column) throws SQLException {
            Object value = rs.getObject(column);
            if (value == null) {
                return null;
            }
            if (value instanceof Float) {
                return encodeDouble(((Float) value).floatValue(), Float.toString((Float) value));
            }
            double d = ((Number) value).doubleValue();
            return encodeDouble(d, Double.toString(d));
        }
    },
    TEXT {
        @Override
        String encode(ResultSet rs, int column) throws SQLException {
            return rs.getString(column);
        }
    },
    /** Semi-structured values as their JSON text, spread over lines as Snowflake sends them. */
    VARIANT {
        @Override
        String encode(ResultSet rs, int column) throws SQLException {
            return VariantText.asSent(rs.getString(column));
        }
    },
    BOOLEAN {
        @Override
        String encode(ResultSet rs, int column) throws SQLException {
            boolean value = rs.getBoolean(column);
            return rs.wasNull() ? null : value ? "1" : "0";
        }
    },
    /** Days since 1970-01-01. */
    DATE {
        @Override
        String encode(ResultSet rs, int column) throws SQLException {
            LocalDate value = rs.getObject(column, LocalDate.class);
            return value == null ? null : Long.toString(value.toEpochDay());
        }
    },
    /** Seconds since midnight with nine fraction digits. */
    TIME {
        @Override
        String encode(ResultSet rs, int column) throws SQLException {
            Object value = rs.getObject(column);
            if (value == null) {
                return null;
            }
            LocalTime time = value instanceof OffsetTime
                    ? ((OffsetTime) value).toLocalTime()
                    : rs.getObject(column, LocalTime.class);
            return seconds(time.toSecondOfDay(), time.getNano());
        }
    },
    /** The wall clock as seconds since the epoch in UTC, with nine fraction digits. */
    TIMESTAMP_NTZ {
        @Override
        String encode(ResultSet rs, int column) throws SQLException {
            LocalDateTime value = rs.getObject(column, LocalDateTime.class);
            return value == null ? null : seconds(value.toEpochSecond(ZoneOffset.UTC), value.getNano());
        }
    },
    /** The instant as seconds since the epoch; the driver shows it in the session time zone. */
    TIMESTAMP_LTZ {
        @Override
        String encode(ResultSet rs, int column) throws SQLException {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : seconds(value.toEpochSecond(), value.getNano());
        }
    },
    /** The instant as seconds since the epoch, a space, and the offset in minutes plus 1440. */
    TIMESTAMP_TZ {
        @Override
        String encode(ResultSet rs, int column) throws SQLException {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            if (value == null) {
                return null;
            }
            int offsetMinutes = value.getOffset().getTotalSeconds() / 60;
            return seconds(value.toEpochSecond(), value.getNano()) + " " + (offsetMinutes + 1440);
        }
    },
    /** Upper-case hex. */
    BINARY {
        @Override
        String encode(ResultSet rs, int column) throws SQLException {
            byte[] value = rs.getBytes(column);
            return value == null ? null : HexFormat.of().withUpperCase().formatHex(value);
        }
    };

    /** Fraction digits of encoded time values; the rowtype announces it as the scale. */
    static final int TIME_SCALE = 9;

    /** The cell for the current row's column, or null for SQL NULL. */
    abstract String encode(ResultSet rs, int column) throws SQLException;

    /** The name in a rowtype; Snowflake writes types in lower case. */
    String rowtypeName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String seconds(long epochSeconds, int nanos) {
        return BigDecimal.valueOf(epochSeconds).add(BigDecimal.valueOf(nanos, TIME_SCALE)).toPlainString();
    }

    private static String encodeDouble(double value, String text) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return text;
    }
}
