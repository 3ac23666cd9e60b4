package st.connection.testing;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

/**
 * Reads a result set every way JDBC offers and writes down each outcome: the value with its class
 * (streams, LOBs and arrays read out), or the SQLState class of the exception. Two result sets
 * answer alike when their observations are equal; the cache's fidelity tests compare the driver's
 * own result with a cache miss and a cache hit of the same query.
 */
public final class ResultSetProbe {

    /** Classes asked of {@code getObject(column, type)}: every class JDBC and java.time offer. */
    static final List<Class<?>> OBJECT_TYPES = List.of(Object.class, String.class, Boolean.class, Byte.class,
            Short.class, Integer.class, Long.class, Float.class, Double.class, BigDecimal.class, BigInteger.class,
            byte[].class, Date.class, Time.class, Timestamp.class, java.util.Date.class, LocalDate.class,
            LocalTime.class, LocalDateTime.class, OffsetDateTime.class, OffsetTime.class, ZonedDateTime.class,
            Instant.class, Duration.class, Period.class, UUID.class, Clob.class, NClob.class, Blob.class,
            SQLXML.class, Array.class, Character.class, Calendar.class);

    private static final Calendar[] CALENDARS = {Calendar.getInstance(TimeZone.getTimeZone("UTC")),
        Calendar.getInstance(TimeZone.getTimeZone("Asia/Kolkata")),
        Calendar.getInstance(TimeZone.getTimeZone("America/Los_Angeles"))};

    private final List<String> observations = new ArrayList<>();
    private int getterCalls;
    private int cellsRead;

    /** @return what was observed, one line each */
    public List<String> observations() {
        return observations;
    }

    /** @return how many getter calls on cells were made; a getter that threw counts, its exception is observed */
    public int getterCalls() {
        return getterCalls;
    }

    /** @return how many cells were read with every getter: a test compares it with its table's rows times columns */
    public int cellsRead() {
        return cellsRead;
    }

    @FunctionalInterface
    interface Read {
        Object read() throws Exception;
    }

    private void observe(String what, Read read) {
        observations.add(what + " = " + outcome(read));
    }

    /** @return a value's class and text, or the SQLState class of what was thrown */
    static String outcome(Read read) {
        try {
            Object value = read.read();
            return value == null ? "null" : value.getClass().getName() + ":" + text(value);
        } catch (SQLException e) {
            String state = e.getSQLState();
            return "SQLException[" + (state == null ? "no state" : state.substring(0, Math.min(2, state.length())))
                    + "]";
        } catch (Exception e) {
            return "unchecked " + e.getClass().getName();
        }
    }

    private static String text(Object value) throws Exception {
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp + " (" + timestamp.getTime() + "/" + timestamp.getNanos() + ")";
        }
        if (value instanceof java.util.Date date) {
            return date + " (" + date.getTime() + ")";
        }
        if (value instanceof Calendar calendar) {
            return calendar.getTimeInMillis() + " " + calendar.getTimeZone().getID();
        }
        if (value instanceof InputStream stream) {
            try (stream) {
                return HexFormat.of().formatHex(stream.readAllBytes());
            }
        }
        if (value instanceof Reader reader) {
            try (reader) {
                StringBuilder read = new StringBuilder();
                char[] buffer = new char[4096];
                for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                    read.append(buffer, 0, n);
                }
                return read.toString();
            }
        }
        if (value instanceof Clob clob) {
            return "length " + clob.length() + " " + (clob.length() == 0 ? "" : clob.getSubString(1, (int) clob.length()));
        }
        if (value instanceof Blob blob) {
            return "length " + blob.length() + " " + HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof SQLXML xml) {
            return xml.getString();
        }
        if (value instanceof Array array) {
            return array.getBaseTypeName() + " " + text(array.getArray());
        }
        if (value instanceof Object[] objects) {
            List<String> elements = new ArrayList<>();
            for (Object element : objects) {
                elements.add(outcome(() -> element));
            }
            return elements.toString();
        }
        if (value instanceof ResultSet rows) {
            List<String> read = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    int c = column;
                    read.add(outcome(() -> rows.getObject(c)));
                }
            }
            return read.toString();
        }
        return String.valueOf(value);
    }

    /** Observes the result set's description, and every getter of every cell of every row as it moves forward. */
    public void readAll(ResultSet rows, Statement statement) throws SQLException {
        ResultSetMetaData metaData = rows.getMetaData();
        int columns = metaData.getColumnCount();
        describe(metaData, columns);
        observe("statement", () -> rows.getStatement() == statement);
        observe("type", rows::getType);
        observe("concurrency", rows::getConcurrency);
        observe("holdability", rows::getHoldability);
        observe("fetch direction", rows::getFetchDirection);
        observe("warnings", rows::getWarnings);
        observe("before first", rows::isBeforeFirst);
        observe("getString before next", () -> rows.getString(1));
        int row = 0;
        while (true) {
            String at = "row " + row;
            observe(at + " position", () -> List.of(rows.getRow(), rows.isFirst(), rows.isLast(), rows.isAfterLast(),
                    rows.isBeforeFirst()));
            boolean next;
            try {
                next = rows.next();
            } catch (SQLException e) {
                observe(at + " next", () -> {
                    throw e;
                });
                break;
            }
            observations.add(at + " next = " + next);
            if (!next) {
                break;
            }
            row++;
            for (int column = 1; column <= columns; column++) {
                readCell(rows, "row " + row + " column " + column, column, metaData.getColumnLabel(column));
            }
            observe("row " + row + " column 0", () -> rows.getString(0));
            observe("row " + row + " column past the last", () -> rows.getString(columns + 1));
        }
        observe("after the end", () -> List.of(rows.getRow(), rows.isAfterLast(), rows.isLast(), rows.next()));
        observe("getString after the end", () -> rows.getString(1));
        observe("unknown label", () -> rows.findColumn("NO_SUCH_COLUMN_" + columns));
        rows.close();
        observe("closed", rows::isClosed);
        observe("next once closed", rows::next);
        observe("getString once closed", () -> rows.getString(1));
        observe("metadata once closed", () -> metaData.getColumnCount());
    }

    private void describe(ResultSetMetaData metaData, int columns) {
        observe("column count", metaData::getColumnCount);
        for (int column = 0; column <= columns + 1; column++) {
            int c = column;
            observe("column " + c + " description", () -> Arrays.asList(metaData.getColumnLabel(c),
                    metaData.getColumnName(c), metaData.getColumnType(c), metaData.getColumnTypeName(c),
                    metaData.getColumnClassName(c), metaData.getPrecision(c), metaData.getScale(c),
                    metaData.isNullable(c), metaData.getColumnDisplaySize(c), metaData.isSigned(c),
                    metaData.isAutoIncrement(c), metaData.isCaseSensitive(c), metaData.isCurrency(c),
                    metaData.isSearchable(c), metaData.isReadOnly(c), metaData.isWritable(c),
                    metaData.isDefinitelyWritable(c), metaData.getSchemaName(c), metaData.getTableName(c),
                    metaData.getCatalogName(c)));
        }
    }

    /** Every getter of one cell, by index and by label, each followed by {@code wasNull()}. */
    private void readCell(ResultSet rows, String at, int column, String label) {
        cellsRead++;
        cell(rows, at + " getString", () -> rows.getString(column));
        cell(rows, at + " getNString", () -> rows.getNString(column));
        cell(rows, at + " getBoolean", () -> rows.getBoolean(column));
        cell(rows, at + " getByte", () -> rows.getByte(column));
        cell(rows, at + " getShort", () -> rows.getShort(column));
        cell(rows, at + " getInt", () -> rows.getInt(column));
        cell(rows, at + " getLong", () -> rows.getLong(column));
        cell(rows, at + " getFloat", () -> rows.getFloat(column));
        cell(rows, at + " getDouble", () -> rows.getDouble(column));
        cell(rows, at + " getBigDecimal", () -> rows.getBigDecimal(column));
        cell(rows, at + " getBigDecimal(2)", () -> bigDecimalWithScale(rows, column));
        cell(rows, at + " getBytes", () -> rows.getBytes(column));
        cell(rows, at + " getDate", () -> rows.getDate(column));
        cell(rows, at + " getTime", () -> rows.getTime(column));
        cell(rows, at + " getTimestamp", () -> rows.getTimestamp(column));
        for (Calendar calendar : CALENDARS) {
            String zone = calendar.getTimeZone().getID();
            cell(rows, at + " getDate(" + zone + ")", () -> rows.getDate(column, calendar));
            cell(rows, at + " getTime(" + zone + ")", () -> rows.getTime(column, calendar));
            cell(rows, at + " getTimestamp(" + zone + ")", () -> rows.getTimestamp(column, calendar));
        }
        cell(rows, at + " getAsciiStream", () -> rows.getAsciiStream(column));
        cell(rows, at + " getUnicodeStream", () -> unicodeStream(rows, column));
        cell(rows, at + " getBinaryStream", () -> rows.getBinaryStream(column));
        cell(rows, at + " getCharacterStream", () -> rows.getCharacterStream(column));
        cell(rows, at + " getNCharacterStream", () -> rows.getNCharacterStream(column));
        cell(rows, at + " getObject", () -> rows.getObject(column));
        cell(rows, at + " getObject(map)", () -> rows.getObject(column, Map.of()));
        for (Class<?> type : OBJECT_TYPES) {
            cell(rows, at + " getObject(" + type.getSimpleName() + ")", () -> rows.getObject(column, type));
        }
        cell(rows, at + " getClob", () -> rows.getClob(column));
        cell(rows, at + " getNClob", () -> rows.getNClob(column));
        cell(rows, at + " getBlob", () -> rows.getBlob(column));
        cell(rows, at + " getArray", () -> rows.getArray(column));
        cell(rows, at + " getSQLXML", () -> rows.getSQLXML(column));
        cell(rows, at + " getRef", () -> rows.getRef(column));
        cell(rows, at + " getURL", () -> rows.getURL(column));
        cell(rows, at + " getRowId", () -> rows.getRowId(column));
        if (label != null) {
            cell(rows, at + " findColumn(label)", () -> rows.findColumn(label));
            cell(rows, at + " findColumn(lower case label)", () -> rows.findColumn(label.toLowerCase()));
            cell(rows, at + " getString(label)", () -> rows.getString(label));
            cell(rows, at + " getObject(label)", () -> rows.getObject(label));
            cell(rows, at + " getLong(label)", () -> rows.getLong(label));
            cell(rows, at + " getTimestamp(label)", () -> rows.getTimestamp(label));
            cell(rows, at + " getObject(label, String)", () -> rows.getObject(label, String.class));
            cell(rows, at + " getBytes(label)", () -> rows.getBytes(label));
        }
        cell(rows, at + " updateString", () -> {
            rows.updateString(column, "changed");
            return "updated";
        });
    }

    private void cell(ResultSet rows, String what, Read read) {
        getterCalls++;
        observe(what, () -> List.of(outcome(read), outcome(rows::wasNull)));
    }

    @SuppressWarnings("deprecation")
    private static Object bigDecimalWithScale(ResultSet rows, int column) throws SQLException {
        return rows.getBigDecimal(column, 2);
    }

    @SuppressWarnings("deprecation")
    private static Object unicodeStream(ResultSet rows, int column) throws SQLException {
        return rows.getUnicodeStream(column);
    }

    /**
     * Observes a result moved around as a result of the requested {@code type} allows: {@link #scroll}
     * unless it is {@code TYPE_FORWARD_ONLY}, then {@link #tryToScroll}.
     */
    public void moveAround(ResultSet rows, int type) {
        if (type == ResultSet.TYPE_FORWARD_ONLY) {
            tryToScroll(rows);
        } else {
            scroll(rows);
        }
    }

    /** Observes a scrollable result moved around: first, last, absolute, relative, previous, before first, after last. */
    public void scroll(ResultSet rows) {
        observe("last", () -> List.of(rows.last(), rows.getRow(), outcome(() -> rows.getString(1))));
        observe("first", () -> List.of(rows.first(), rows.getRow(), outcome(() -> rows.getString(1))));
        observe("absolute(2)", () -> List.of(rows.absolute(2), rows.getRow(), outcome(() -> rows.getString(1))));
        observe("absolute(-1)", () -> List.of(rows.absolute(-1), rows.getRow(), outcome(() -> rows.getString(1))));
        observe("absolute(99)", () -> List.of(rows.absolute(99), rows.getRow(), rows.isAfterLast()));
        observe("relative(-1)", () -> List.of(rows.relative(-1), rows.getRow()));
        observe("previous", () -> List.of(rows.previous(), rows.getRow()));
        observe("before first", () -> {
            rows.beforeFirst();
            return List.of(rows.getRow(), rows.isBeforeFirst());
        });
        observe("after last", () -> {
            rows.afterLast();
            return List.of(rows.getRow(), rows.isAfterLast());
        });
        observe("relative(0)", () -> rows.relative(0));
    }

    /** Observes what a forward-only result says to being moved around. */
    public void tryToScroll(ResultSet rows) {
        observe("first on forward only", rows::first);
        observe("beforeFirst on forward only", () -> {
            rows.beforeFirst();
            return "moved";
        });
        observe("absolute(1) on forward only", () -> rows.absolute(1));
        observe("previous on forward only", rows::previous);
        observe("afterLast on forward only", () -> {
            rows.afterLast();
            return rows.getRow();
        });
    }

    public static String describeDifferences(List<String> expected, List<String> actual) {
        StringBuilder differences = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.max(expected.size(), actual.size()) && shown < 25; i++) {
            String e = i < expected.size() ? expected.get(i) : "(nothing)";
            String a = i < actual.size() ? actual.get(i) : "(nothing)";
            if (!e.equals(a)) {
                differences.append("\n  driver: ").append(e).append("\n  cached: ").append(a);
                shown++;
            }
        }
        return differences.toString();
    }
}
