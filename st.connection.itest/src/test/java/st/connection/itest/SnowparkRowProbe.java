package st.connection.itest;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

import com.snowflake.snowpark_java.Row;

/**
 * Reads Snowpark rows every way a Java {@link Row} offers and writes down each outcome: the value
 * with its class, or the class of the exception. Two reads answer alike when their observations
 * are equal; the cache's fidelity tests compare a session without a {@code ttl} with a cache miss
 * and a cache hit of the same DataFrame action.
 */
final class SnowparkRowProbe {

    private static final List<Getter> GETTERS = List.of(new Getter("get", Row::get),
            new Getter("isNullAt", Row::isNullAt), new Getter("getBoolean", Row::getBoolean),
            new Getter("getByte", Row::getByte), new Getter("getShort", Row::getShort),
            new Getter("getInt", Row::getInt), new Getter("getLong", Row::getLong),
            new Getter("getFloat", Row::getFloat), new Getter("getDouble", Row::getDouble),
            new Getter("getString", Row::getString), new Getter("getBinary", Row::getBinary),
            new Getter("getDate", Row::getDate), new Getter("getTime", Row::getTime),
            new Getter("getTimestamp", Row::getTimestamp), new Getter("getDecimal", Row::getDecimal),
            new Getter("getVariant", Row::getVariant), new Getter("getGeography", Row::getGeography),
            new Getter("getListOfVariant", Row::getListOfVariant), new Getter("getMapOfVariant", Row::getMapOfVariant),
            new Getter("getAs(Object)", (row, i) -> row.getAs(i, Object.class)),
            new Getter("getAs(String)", (row, i) -> row.getAs(i, String.class)));

    private record Getter(String name, BiFunction<Row, Integer, Object> read) {
    }

    private SnowparkRowProbe() {
    }

    /** @return one line per getter and cell, and one per row for its size, text and equality to itself */
    static List<String> observe(Row[] rows) {
        List<String> observations = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            Row row = rows[r];
            observations.add(r + " size=" + row.size() + " text=" + row + " list=" + describe(row.toList()));
            for (int i = 0; i < row.size(); i++) {
                for (Getter getter : GETTERS) {
                    observations.add(r + "." + i + " " + getter.name() + " " + read(getter, row, i));
                }
            }
        }
        return observations;
    }

    private static String read(Getter getter, Row row, int column) {
        try {
            return describe(getter.read().apply(row, column));
        } catch (Exception e) {
            return "! " + e.getClass().getName();
        }
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String text;
        if (value instanceof byte[] bytes) {
            text = Arrays.toString(bytes);
        } else if (value instanceof Timestamp timestamp) {
            text = timestamp + " ms=" + timestamp.getTime() + " nanos=" + timestamp.getNanos();
        } else if (value instanceof java.util.Date date) {
            text = date + " ms=" + date.getTime();
        } else if (value instanceof List<?> list) {
            text = list.stream().map(SnowparkRowProbe::describe).toList().toString();
        } else {
            text = String.valueOf(value);
        }
        return value.getClass().getName() + ":" + text;
    }

    /** @return the lines where two observations differ, or "" */
    static String differences(List<String> expected, List<String> actual) {
        StringBuilder differences = new StringBuilder();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(none)";
            String got = i < actual.size() ? actual.get(i) : "(none)";
            if (!want.equals(got)) {
                differences.append("\n  expected ").append(want).append("\n  but got  ").append(got);
            }
        }
        return differences.toString();
    }

    /** Changes every date, time, timestamp and byte array a reader got, as a careless reader might. */
    static void scribbleOn(Row[] rows) {
        for (Row row : rows) {
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                if (value instanceof Timestamp timestamp) {
                    timestamp.setNanos(1);
                    timestamp.setTime(0);
                } else if (value instanceof Date date) {
                    date.setTime(0);
                } else if (value instanceof java.util.Date date) {
                    date.setTime(0);
                } else if (value instanceof byte[] bytes) {
                    Arrays.fill(bytes, (byte) 7);
                }
            }
        }
    }
}
