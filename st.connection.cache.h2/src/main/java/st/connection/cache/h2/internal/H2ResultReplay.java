package st.connection.cache.h2.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import org.h2.jdbc.JdbcConnection;
import org.h2.jdbc.JdbcResultSet;
import org.h2.value.Value;
import org.h2.value.ValueBlob;
import org.h2.value.ValueClob;
import org.h2.value.ValueLob;
import org.osgi.service.component.annotations.Component;

import st.connection.api.jdbc.CapturedResult;
import st.connection.api.jdbc.ResultReplay;

/**
 * The result replay of H2 2.3: it keeps each cell as H2's own {@link Value} (read once, through
 * {@link JdbcResultSet#getInternal}) and serves it again through the very conversions H2's result
 * set uses, so every getter answers exactly as H2 does, for every type H2 has.
 *
 * <p>LOBs are copied into memory when captured, since H2 frees them with their result; a LOB over
 * {@value #MAX_CAPTURED_LOB_BYTES} bytes ends the capture there (the result is served from H2's
 * cursor and not cached), as do rows beyond the limit.
 */
@Component
public class H2ResultReplay implements ResultReplay {

    static final long MAX_CAPTURED_LOB_BYTES = 1024 * 1024;

    private final H2Internals internals = H2Internals.load();

    @Override
    public boolean accepts(Connection connection) throws SQLException {
        return connection.isWrapperFor(JdbcConnection.class);
    }

    @Override
    public CapturedResult capture(ResultSet result, long maxRows) throws SQLException {
        JdbcResultSet h2 = result.unwrap(JdbcResultSet.class);
        H2Internals.ResultKind kind = internals.kindOf(h2);
        JdbcConnection connection = (JdbcConnection) h2.getStatement().getConnection().unwrap(JdbcConnection.class);
        ResultSetMetaData metaData = h2.getMetaData();
        int columnCount = metaData.getColumnCount();
        List<H2Column> columns = new ArrayList<>(columnCount);
        for (int column = 1; column <= columnCount; column++) {
            columns.add(H2Column.describe(metaData, column));
        }
        Capture capture = new Capture(connection, columns, kind, h2.getFetchSize());
        boolean more;
        try {
            more = h2.next();
        } catch (SQLException failed) {
            return capture.failedAt(h2, failed);
        }
        while (more && capture.rowCount() < maxRows) {
            Value[] row = new Value[columnCount];
            for (int column = 0; column < columnCount; column++) {
                Value value = h2.getInternal(column + 1);
                if (value instanceof ValueLob lob) {
                    if (lob.octetLength() > MAX_CAPTURED_LOB_BYTES) {
                        return capture.continuingOn(h2);
                    }
                    value = inMemory(lob);
                }
                row[column] = value;
            }
            capture.add(row);
            try {
                more = h2.next();
            } catch (SQLException failed) {
                return capture.failedAt(h2, failed);
            }
        }
        return more ? capture.continuingOn(h2) : capture.complete();
    }

    /** The rows read so far, and what the captured result will be. */
    private static final class Capture {

        private final JdbcConnection connection;
        private final List<H2Column> columns;
        private final H2Internals.ResultKind kind;
        private final int fetchSize;
        private final List<Value[]> rows = new ArrayList<>();
        private long bytes;

        Capture(JdbcConnection connection, List<H2Column> columns, H2Internals.ResultKind kind, int fetchSize) {
            this.connection = connection;
            this.columns = columns;
            this.kind = kind;
            this.fetchSize = fetchSize;
            this.bytes = H2CapturedRows.columnBytes(columns.size());
        }

        long rowCount() {
            return rows.size();
        }

        void add(Value[] row) {
            bytes += H2CapturedRows.rowBytes(row);
            rows.add(row);
        }

        H2CapturedRows complete() {
            return new H2CapturedRows(connection, columns, rows.toArray(new Value[0][]), null, null, kind, fetchSize,
                    bytes);
        }

        /** H2's cursor is on the row after the captured ones: the replay goes on from there. */
        H2CapturedRows continuingOn(JdbcResultSet rest) {
            return new H2CapturedRows(connection, columns, rows.toArray(new Value[0][]), rest, null, kind, fetchSize,
                    bytes);
        }

        /** H2 failed to give the row after the captured ones: the replay fails there too. */
        H2CapturedRows failedAt(JdbcResultSet rest, SQLException failure) {
            return new H2CapturedRows(connection, columns, rows.toArray(new Value[0][]), rest, failure, kind,
                    fetchSize, bytes);
        }
    }

    /** H2 frees a result's LOBs with it (or fetches them from the server on demand): keep a copy. */
    private static Value inMemory(ValueLob lob) {
        return lob instanceof ValueBlob blob ? ValueBlob.createSmall(blob.getBytesNoCopy())
                : ValueClob.createSmall(((ValueClob) lob).getString());
    }

    /**
     * H2's version, whether its results come from a server, and the two time zones H2's
     * conversions of dates and times read: the session's and the JVM's default.
     */
    @Override
    public String portableForm(Connection connection) throws SQLException {
        JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
        return "h2-values/1 h2=" + h2.getMetaData().getDriverVersion()
                + (internals.isRemote(h2) ? " server" : " embedded")
                + " session-zone=" + h2.currentTimeZone().getId()
                + " jvm-zone=" + TimeZone.getDefault().getID();
    }

    @Override
    public byte[] write(CapturedResult captured) {
        return H2ResultBytes.write((H2CapturedRows) captured);
    }

    @Override
    public CapturedResult read(byte[] bytes, Connection connection) throws SQLException {
        JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
        try {
            return H2ResultBytes.read(bytes, h2);
        } catch (IOException | RuntimeException e) {
            throw new SQLException("These " + bytes.length + " bytes are not an H2 result this replay wrote: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public ResultSet replay(CapturedResult captured, Statement statement) throws SQLException {
        return new H2ReplayedResultSet((H2CapturedRows) captured, statement, internals);
    }
}
