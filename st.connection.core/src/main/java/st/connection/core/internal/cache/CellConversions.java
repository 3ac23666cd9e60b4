package st.connection.core.internal.cache;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.UUID;

/** Converts a cached cell to what a typed getter asks for, the way JDBC drivers commonly do. */
final class CellConversions {

    private CellConversions() {
    }

    static boolean toBoolean(Object value) throws SQLException {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        String text = value.toString().strip();
        if (text.equalsIgnoreCase("true") || text.equals("1")) {
            return true;
        }
        if (text.equalsIgnoreCase("false") || text.equals("0")) {
            return false;
        }
        throw cannot(value, "boolean");
    }

    static BigDecimal toBigDecimal(Object value) throws SQLException {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw cannot(value, "number");
        }
    }

    static long toLong(Object value) throws SQLException {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n && !(value instanceof BigDecimal) && !(value instanceof Double)
                && !(value instanceof Float)) {
            return n.longValue();
        }
        BigDecimal decimal = toBigDecimal(value);
        try {
            return decimal.setScale(0, java.math.RoundingMode.DOWN).longValueExact();
        } catch (ArithmeticException e) {
            throw cannot(value, "long");
        }
    }

    static double toDouble(Object value) throws SQLException {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return toBigDecimal(value).doubleValue();
    }

    static Timestamp toTimestamp(Object value, Calendar calendar) throws SQLException {
        LocalDateTime wallClock;
        if (value == null) {
            return null;
        } else if (value instanceof Timestamp t) {
            if (calendar == null) {
                return copy(t);
            }
            wallClock = t.toLocalDateTime();
        } else if (value instanceof Date d) {
            wallClock = d.toLocalDate().atStartOfDay();
        } else if (value instanceof Time t) {
            wallClock = LocalDate.EPOCH.atTime(t.toLocalTime());
        } else if (value instanceof OffsetDateTime o) {
            return Timestamp.from(o.toInstant());
        } else if (value instanceof ZonedDateTime z) {
            return Timestamp.from(z.toInstant());
        } else if (value instanceof Instant i) {
            return Timestamp.from(i);
        } else if (value instanceof LocalDateTime l) {
            wallClock = l;
        } else if (value instanceof LocalDate l) {
            wallClock = l.atStartOfDay();
        } else {
            try {
                wallClock = Timestamp.valueOf(value.toString().strip()).toLocalDateTime();
            } catch (IllegalArgumentException e) {
                throw cannot(value, "timestamp");
            }
        }
        if (calendar == null) {
            return Timestamp.valueOf(wallClock);
        }
        return Timestamp.from(wallClock.atZone(calendar.getTimeZone().toZoneId()).toInstant());
    }

    static Date toDate(Object value, Calendar calendar) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof Date d && calendar == null) {
            return (Date) d.clone();
        }
        if (value instanceof LocalDate l && calendar == null) {
            return Date.valueOf(l);
        }
        Timestamp timestamp = toTimestamp(value, null);
        LocalDate day = timestamp.toLocalDateTime().toLocalDate();
        return calendar == null ? Date.valueOf(day)
                : new Date(day.atStartOfDay(calendar.getTimeZone().toZoneId()).toInstant().toEpochMilli());
    }

    static Time toTime(Object value, Calendar calendar) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof Time t && calendar == null) {
            return (Time) t.clone();
        }
        LocalTime time = value instanceof LocalTime l ? l
                : value instanceof OffsetTime o ? o.toLocalTime() : toTimestamp(value, null).toLocalDateTime().toLocalTime();
        return calendar == null ? Time.valueOf(time)
                : new Time(LocalDate.EPOCH.atTime(time).atZone(calendar.getTimeZone().toZoneId()).toInstant()
                        .toEpochMilli());
    }

    static byte[] toBytes(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (value instanceof UUID uuid) {
            return java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits()).array();
        }
        throw cannot(value, "bytes");
    }

    /** {@code getObject(column, type)}: the value itself if it is one, else a common conversion. */
    @SuppressWarnings("unchecked")
    static <T> T to(Object value, Class<T> type) throws SQLException {
        if (value == null) {
            return null;
        }
        if (type.isInstance(value)) {
            return type == byte[].class ? (T) ((byte[]) value).clone() : (T) value;
        }
        Object converted;
        if (type == String.class) {
            converted = value.toString();
        } else if (type == Integer.class) {
            converted = Math.toIntExact(toLong(value));
        } else if (type == Long.class) {
            converted = toLong(value);
        } else if (type == Short.class) {
            converted = (short) toLong(value);
        } else if (type == Byte.class) {
            converted = (byte) toLong(value);
        } else if (type == Double.class) {
            converted = toDouble(value);
        } else if (type == Float.class) {
            converted = (float) toDouble(value);
        } else if (type == BigDecimal.class) {
            converted = toBigDecimal(value);
        } else if (type == BigInteger.class) {
            converted = toBigDecimal(value).toBigInteger();
        } else if (type == Boolean.class) {
            converted = toBoolean(value);
        } else if (type == byte[].class) {
            converted = toBytes(value);
        } else if (type == Timestamp.class) {
            converted = toTimestamp(value, null);
        } else if (type == Date.class) {
            converted = toDate(value, null);
        } else if (type == Time.class) {
            converted = toTime(value, null);
        } else if (type == LocalDateTime.class) {
            converted = toTimestamp(value, null).toLocalDateTime();
        } else if (type == LocalDate.class) {
            converted = toDate(value, null).toLocalDate();
        } else if (type == LocalTime.class) {
            converted = value instanceof OffsetTime o ? o.toLocalTime() : toTime(value, null).toLocalTime();
        } else if (type == Instant.class) {
            converted = toTimestamp(value, null).toInstant();
        } else if (type == OffsetDateTime.class) {
            converted = value instanceof ZonedDateTime z ? z.toOffsetDateTime()
                    : toTimestamp(value, null).toLocalDateTime().atZone(ZoneId.systemDefault()).toOffsetDateTime();
        } else if (type == UUID.class) {
            converted = UUID.fromString(value.toString());
        } else {
            throw cannot(value, type.getName());
        }
        return (T) converted;
    }

    private static Timestamp copy(Timestamp timestamp) {
        Timestamp copy = new Timestamp(timestamp.getTime());
        copy.setNanos(timestamp.getNanos());
        return copy;
    }

    /** @return a copy of a mutable date, time or timestamp; a timestamp is made anew, faster than its clone */
    static java.util.Date copyOf(java.util.Date date) {
        return date instanceof Timestamp timestamp ? copy(timestamp) : (java.util.Date) date.clone();
    }

    private static SQLException cannot(Object value, String target) {
        return new SQLDataException("Cannot convert a cached " + value.getClass().getSimpleName() + " to " + target,
                "22018");
    }
}
