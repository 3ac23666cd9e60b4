package st.connection.snowflake.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.snowflake.client.core.SFBaseSession;
import net.snowflake.client.core.SFResultSetMetaData;
import net.snowflake.client.core.SFStatementType;
import net.snowflake.client.jdbc.SnowflakeColumnMetadata;
import net.snowflake.client.jdbc.SnowflakeDriver;
import net.snowflake.client.jdbc.SnowflakeType;
import net.snowflake.client.jdbc.internal.snowflake.common.core.SnowflakeDateTimeFormat;

/**
 * A complete Snowflake JSON result as bytes, for nodes that share a result cache: the raw cells
 * (as chars, so every string the server sent comes back equal, unpaired surrogates included), the
 * columns as the server described them, the query's id, statement type and result settings (time
 * zone, formats, result version). Read back, it is served with the reading connection's session,
 * whose settings the driver's conversions read: the {@link #formOf form name} holds them, so only
 * connections whose sessions convert alike share results. Not written (not shared): incomplete
 * results, cells that are not text, structured columns (their field descriptions).
 *
 * <p>Stateless and thread safe.
 */
final class SnowflakeResultBytes {

    /** Raise when what is written changes: nodes with another version then never share. */
    private static final String FORM_VERSION = "snowflake-json-rows/1";
    private static final int NULL_LENGTH = -1;

    /**
     * The session parameters the driver's conversions read (through the session, not the query's
     * response). Only these count: the session's other parameters change as queries run (the
     * driver replaces them with each response's), so two sessions that convert alike would
     * otherwise rarely share.
     */
    private static final List<String> CONVERSION_PARAMETERS = List.of("DATE_OUTPUT_FORMAT", "TIME_OUTPUT_FORMAT",
            "TIMESTAMP_OUTPUT_FORMAT", "TIMESTAMP_NTZ_OUTPUT_FORMAT", "TIMESTAMP_LTZ_OUTPUT_FORMAT",
            "TIMESTAMP_TZ_OUTPUT_FORMAT", "TIMEZONE", "BINARY_OUTPUT_FORMAT");

    /**
     * @return the name of the byte form of results read on this session: the form's version, the
     *     driver's version and the session settings the driver reads when it converts a cell
     */
    String formOf(SFBaseSession session) {
        Map<String, Object> parameters = new TreeMap<>();
        try {
            Map<String, Object> all = session.getCommonParameters();
            for (String name : CONVERSION_PARAMETERS) {
                parameters.put(name, all.get(name));
            }
        } catch (RuntimeException changedMeanwhile) {
            return null;
        }
        return FORM_VERSION + " driver " + SnowflakeDriver.implementVersion + " nulltz "
                + session.getGetDateUseNullTimezone() + " ci " + session.isResultColumnCaseInsensitive()
                + " parameters " + parameters;
    }

    /** @return the bytes of a complete result, or {@code null} if it cannot be written exactly */
    byte[] write(SnowflakeCapturedRows captured) {
        if (!captured.isComplete() || captured.failure() != null || captured.columns() == null
                || !isWritable(captured.columns().descriptions()) || !holdsOnlyText(captured.rows())) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(FORM_VERSION);
            writeText(out, captured.queryId());
            writeText(out, captured.statementType() == null ? null : captured.statementType().name());
            captured.converters().writeTo(out);
            writeColumns(out, captured.columns());
            writeRows(out, captured.rows());
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param session the session of the connection the result will be served on
     * @throws IOException if the bytes are not a result this form wrote
     */
    SnowflakeCapturedRows read(byte[] bytes, SFBaseSession session) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        String form = in.readUTF();
        if (!FORM_VERSION.equals(form)) {
            throw new IOException("A result written as " + form + ", not " + FORM_VERSION);
        }
        String queryId = readText(in);
        String statementType = readText(in);
        SnowflakeConverterPool converters = SnowflakeConverterPool.readFrom(in, session);
        SnowflakeCapturedRows.Columns columns = readColumns(in);
        Object[][] rows = readRows(in, columns.descriptions().size());
        if (in.available() > 0) {
            throw new IOException("A result with " + in.available() + " bytes after its rows");
        }
        SnowflakeDateTimeFormat[] formats = converters.metaDataFormats();
        SFResultSetMetaData metaData = new SFResultSetMetaData(columns.descriptions(), queryId, session,
                columns.caseInsensitive(), formats[0], formats[1], formats[2], formats[3], formats[4]);
        return new SnowflakeCapturedRows(rows, metaData, columns, converters,
                statementType == null ? null : SFStatementType.valueOf(statementType), queryId, null, null,
                approximateBytes(rows, columns.descriptions().size()));
    }

    private static boolean isWritable(List<SnowflakeColumnMetadata> columns) {
        return columns != null && columns.stream().allMatch(c -> c.getFields() == null || c.getFields().isEmpty());
    }

    private static boolean holdsOnlyText(Object[][] rows) {
        for (Object[] row : rows) {
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void writeColumns(DataOutput out, SnowflakeCapturedRows.Columns columns) throws IOException {
        out.writeBoolean(columns.caseInsensitive());
        out.writeInt(columns.descriptions().size());
        for (SnowflakeColumnMetadata column : columns.descriptions()) {
            writeText(out, column.getName());
            out.writeInt(column.getType());
            out.writeBoolean(column.isNullable());
            out.writeInt(column.getLength());
            out.writeInt(column.getPrecision());
            out.writeInt(column.getScale());
            writeText(out, column.getTypeName());
            out.writeBoolean(column.isFixed());
            writeText(out, column.getBase() == null ? null : column.getBase().name());
            out.writeBoolean(column.getFields() == null);
            writeText(out, column.getColumnSrcDatabase());
            writeText(out, column.getColumnSrcSchema());
            writeText(out, column.getColumnSrcTable());
            out.writeBoolean(column.isAutoIncrement());
            out.writeInt(column.getDimension());
        }
    }

    private static SnowflakeCapturedRows.Columns readColumns(DataInput in) throws IOException {
        boolean caseInsensitive = in.readBoolean();
        int count = in.readInt();
        List<SnowflakeColumnMetadata> columns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = readText(in);
            int type = in.readInt();
            boolean nullable = in.readBoolean();
            int length = in.readInt();
            int precision = in.readInt();
            int scale = in.readInt();
            String typeName = readText(in);
            boolean fixed = in.readBoolean();
            String base = readText(in);
            boolean noFields = in.readBoolean();
            String database = readText(in);
            String schema = readText(in);
            String table = readText(in);
            boolean autoIncrement = in.readBoolean();
            int dimension = in.readInt();
            columns.add(new SnowflakeColumnMetadata(name, type, nullable, length, precision, scale, typeName, fixed,
                    base == null ? null : SnowflakeType.valueOf(base), noFields ? null : new ArrayList<>(), database,
                    schema, table, autoIncrement, dimension));
        }
        return new SnowflakeCapturedRows.Columns(columns, caseInsensitive);
    }

    private static void writeRows(DataOutput out, Object[][] rows) throws IOException {
        out.writeInt(rows.length);
        for (Object[] row : rows) {
            for (Object cell : row) {
                writeText(out, (String) cell);
            }
        }
    }

    private static Object[][] readRows(DataInput in, int columnCount) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("A result with " + count + " rows");
        }
        Object[][] rows = new Object[count][];
        for (int r = 0; r < count; r++) {
            Object[] row = new Object[columnCount];
            for (int c = 0; c < columnCount; c++) {
                row[c] = readText(in);
            }
            rows[r] = row;
        }
        return rows;
    }

    private static long approximateBytes(Object[][] rows, int columnCount) {
        long bytes = SnowflakeCapturedRows.metaDataBytes(columnCount);
        for (Object[] row : rows) {
            bytes += SnowflakeCapturedRows.rowBytes(columnCount);
            for (Object cell : row) {
                bytes += SnowflakeCapturedRows.cellBytes(cell);
            }
        }
        return bytes;
    }

    /** Writes text as its chars (no encoding that could change it), or a mark for {@code null}. */
    static void writeText(DataOutput out, String text) throws IOException {
        if (text == null) {
            out.writeInt(NULL_LENGTH);
            return;
        }
        out.writeInt(text.length());
        out.writeChars(text);
    }

    static String readText(DataInput in) throws IOException {
        int length = in.readInt();
        if (length == NULL_LENGTH) {
            return null;
        }
        if (length < 0) {
            throw new IOException("A text of length " + length);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }
}
