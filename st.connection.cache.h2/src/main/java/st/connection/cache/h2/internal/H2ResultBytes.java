package st.connection.cache.h2.internal;

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

import org.h2.jdbc.JdbcConnection;
import org.h2.value.Value;

/**
 * A complete H2 result as bytes: how H2 held it (embedded or from a server) and its fetch size,
 * which its cursor's rules follow, every column's metadata as H2 answered it, and the rows as
 * {@link PortableValues}. Read back, it is served with the reading connection's conversions, which
 * the replay's form name makes equal to the writer's. Stateless.
 */
final class H2ResultBytes {

    private static final int FORMAT = 1;

    private H2ResultBytes() {
    }

    /**
     * @return the result as bytes, or {@code null} if it cannot be written exactly: incomplete,
     *     computed lazily (its cursor's rules depend on the query), or holding a value that is not
     *     {@linkplain PortableValues#isPortable portable}
     */
    static byte[] write(H2CapturedRows captured) {
        if (!captured.isComplete() || captured.isLazy() || !isPortable(captured.rows())) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeBoolean(captured.isRemote());
            out.writeInt(captured.fetchSize());
            out.writeInt(captured.columns().size());
            for (H2Column column : captured.columns()) {
                writeColumn(column, out);
            }
            out.writeInt(captured.rows().length);
            for (Value[] row : captured.rows()) {
                for (Value value : row) {
                    PortableValues.write(value, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static boolean isPortable(Value[][] rows) {
        for (Value[] row : rows) {
            for (Value value : row) {
                if (!PortableValues.isPortable(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * @param connection the H2 connection whose conversions serve the result
     * @throws IOException if the bytes are not a whole result {@link #write} wrote
     */
    static H2CapturedRows read(byte[] bytes, JdbcConnection connection) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("Not an H2 result of form " + FORMAT + " but " + format);
        }
        H2Internals.ResultKind kind = in.readBoolean() ? H2Internals.ResultKind.REMOTE : H2Internals.ResultKind.LOCAL;
        int fetchSize = in.readInt();
        int columnCount = in.readInt();
        List<H2Column> columns = new ArrayList<>(columnCount);
        for (int i = 0; i < columnCount; i++) {
            columns.add(readColumn(in));
        }
        Value[][] rows = new Value[in.readInt()][];
        for (int i = 0; i < rows.length; i++) {
            Value[] row = new Value[columnCount];
            for (int column = 0; column < columnCount; column++) {
                row[column] = PortableValues.read(in);
            }
            rows[i] = row;
        }
        if (in.read() != -1) {
            throw new IOException("An H2 result of " + rows.length + " rows is followed by more bytes");
        }
        return new H2CapturedRows(connection, columns, rows, null, null, kind, fetchSize,
                H2CapturedRows.approximateBytes(columnCount, rows));
    }

    private static void writeColumn(H2Column column, DataOutput out) throws IOException {
        PortableText.writeString(column.label(), out);
        PortableText.writeString(column.name(), out);
        out.writeInt(column.type());
        PortableText.writeString(column.typeName(), out);
        PortableText.writeString(column.className(), out);
        out.writeInt(column.precision());
        out.writeInt(column.scale());
        out.writeInt(column.nullable());
        out.writeInt(column.displaySize());
        for (boolean flag : new boolean[] {column.signed(), column.autoIncrement(), column.caseSensitive(),
            column.currency(), column.searchable(), column.readOnly(), column.writable(),
            column.definitelyWritable()}) {
            out.writeBoolean(flag);
        }
        PortableText.writeString(column.schemaName(), out);
        PortableText.writeString(column.tableName(), out);
        PortableText.writeString(column.catalogName(), out);
    }

    private static H2Column readColumn(DataInput in) throws IOException {
        return new H2Column(PortableText.readString(in), PortableText.readString(in), in.readInt(),
                PortableText.readString(in), PortableText.readString(in), in.readInt(), in.readInt(), in.readInt(),
                in.readInt(), in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean(),
                in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean(), PortableText.readString(in),
                PortableText.readString(in), PortableText.readString(in));
    }
}
