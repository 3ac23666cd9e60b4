package st.connection.cache.h2.internal;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;
import java.util.TimeZone;

import org.h2.api.ErrorCode;
import org.h2.jdbc.JdbcArray;
import org.h2.jdbc.JdbcBlob;
import org.h2.jdbc.JdbcClob;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbc.JdbcLob;
import org.h2.jdbc.JdbcResultSet;
import org.h2.jdbc.JdbcSQLXML;
import org.h2.util.IOUtils;
import org.h2.util.StringUtils;
import org.h2.value.Value;
import org.h2.value.ValueNull;
import org.h2.value.ValueNumeric;
import org.h2.value.ValueToObjectConverter;

/**
 * A fresh cursor over captured H2 rows that behaves as H2's own {@link JdbcResultSet} does for
 * the statement that executed: each getter goes through the same conversion of the same
 * {@link Value} as H2's (so values, classes and errors are H2's), navigation follows H2's cursor
 * rules (forward only unless the statement is scrollable; a server's paging), and errors are H2's
 * own exceptions. An incomplete capture continues on H2's cursor after its rows.
 *
 * <p>Not thread safe, like any {@link ResultSet}.
 */
final class H2ReplayedResultSet extends ReadOnlyByLabelResultSet {

    /** Trace ids H2 gives LOBs and arrays; they only name them in H2's trace. */
    private static final int TRACE_ID = 0;
    /** H2's fetch size for {@code setFetchSize(0)}: its system property, as H2 reads it. */
    private static final int SERVER_RESULT_SET_FETCH_SIZE = Integer.getInteger("h2.serverResultSetFetchSize", 100);

    private final H2CapturedRows captured;
    private final Value[][] rows;
    private final JdbcResultSet rest;
    private final Statement statement;
    private final H2Internals h2;
    private final JdbcConnection conn;
    private final boolean scrollable;
    private final int type;
    private final int columnCount;
    /** H2's row id: -1 before the first row, the row count after the last (while on the captured rows). */
    private int rowId = -1;
    /** On H2's cursor, past the captured rows of an incomplete capture. */
    private boolean onRest;
    private boolean closed;
    private boolean wasNull;
    private int fetchSize;
    /** A server's result moved past its first page: H2 can no longer go back. */
    private boolean pagedPastFirst;

    H2ReplayedResultSet(H2CapturedRows captured, Statement statement, H2Internals h2) throws SQLException {
        this.captured = captured;
        this.rows = captured.rows();
        this.rest = captured.rest();
        this.statement = statement;
        this.h2 = h2;
        this.conn = captured.connection();
        this.type = statement.getResultSetType();
        this.scrollable = type != ResultSet.TYPE_FORWARD_ONLY;
        this.columnCount = captured.columns().size();
        this.fetchSize = captured.fetchSize();
    }

    /** Runs what H2's result set runs, converting failures as it converts them. */
    @FunctionalInterface
    private interface H2Call<T> {
        T run() throws Exception;
    }

    private <T> T call(H2Call<T> body) throws SQLException {
        try {
            return body.run();
        } catch (Exception e) {
            throw h2.toSqlException(e);
        }
    }

    private void checkClosed() {
        if (closed) {
            throw h2.error(ErrorCode.OBJECT_CLOSED);
        }
    }

    private int checkColumnIndex(int columnIndex) {
        checkClosed();
        if (columnIndex < 1 || columnIndex > columnCount) {
            throw h2.invalidValue("columnIndex", columnIndex);
        }
        return columnIndex;
    }

    private int columnIndexOf(String columnLabel) {
        checkClosed();
        if (columnLabel == null) {
            throw h2.invalidValue("columnLabel", null);
        }
        if (columnCount >= 3) {
            Integer index = captured.labelIndex().get(StringUtils.toUpperEnglish(columnLabel));
            if (index == null) {
                throw h2.error(ErrorCode.COLUMN_NOT_FOUND_1, columnLabel);
            }
            return index + 1;
        }
        var columns = captured.columns();
        for (int i = 0; i < columnCount; i++) {
            if (columnLabel.equalsIgnoreCase(columns.get(i).label())) {
                return i + 1;
            }
        }
        int dot = columnLabel.indexOf('.');
        if (dot > 0) {
            String table = columnLabel.substring(0, dot);
            String column = columnLabel.substring(dot + 1);
            for (int i = 0; i < columnCount; i++) {
                if (table.equalsIgnoreCase(columns.get(i).resultTableName())
                        && column.equalsIgnoreCase(columns.get(i).name())) {
                    return i + 1;
                }
            }
        } else {
            for (int i = 0; i < columnCount; i++) {
                if (columnLabel.equalsIgnoreCase(columns.get(i).name())) {
                    return i + 1;
                }
            }
        }
        throw h2.error(ErrorCode.COLUMN_NOT_FOUND_1, columnLabel);
    }

    // ---- H2's cursor (LocalResult, or ResultRemote for a server) over the captured rows

    private boolean isAfterLastRow() {
        return rowId >= rows.length;
    }

    private boolean hasNextRow() {
        if (captured.isRemote() && rows.length > fetchSizeOfPages() && rowId + 1 >= fetchSizeOfPages()) {
            pagedPastFirst = true;
        }
        return rowId < rows.length - 1;
    }

    private int fetchSizeOfPages() {
        return captured.fetchSize() <= 0 ? Integer.MAX_VALUE : captured.fetchSize();
    }

    private boolean nextRow() throws SQLException {
        if (hasNextRow()) {
            rowId++;
            return true;
        }
        if (rest != null) {
            return enterRest();
        }
        if (rowId < rows.length) {
            rowId++;
        }
        return false;
    }

    /**
     * Past the captured rows, H2's cursor is the one read: it is on the row after them, or it
     * failed to get there, and then this fails as it failed.
     */
    private boolean enterRest() throws SQLException {
        rowId = rows.length;
        onRest = true;
        if (captured.failure() != null) {
            throw captured.failure();
        }
        return true;
    }

    private void resetResult() {
        if (!scrollable || pagedPastFirst) {
            throw h2.error(ErrorCode.RESULT_SET_NOT_SCROLLABLE);
        }
        rowId = -1;
    }

    private boolean isOnValidRow() {
        return rowId >= 0 && !isAfterLastRow();
    }

    private Value get(int columnIndex) throws SQLException {
        Value value;
        if (onRest) {
            value = rest.getInternal(columnIndex);
        } else {
            if (!isOnValidRow()) {
                throw h2.error(ErrorCode.NO_DATA_AVAILABLE);
            }
            value = rows[rowId][columnIndex - 1];
        }
        wasNull = value == ValueNull.INSTANCE;
        return value;
    }

    /** Once on H2's cursor, scrolling is its own. */
    private boolean restScrolls() {
        return onRest;
    }

    @Override
    public boolean next() throws SQLException {
        return call(() -> {
            checkClosed();
            return onRest ? rest.next() : nextRow();
        });
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        return call(() -> {
            checkClosed();
            return new H2ReplayedMetaData(this, captured.columns(), h2);
        });
    }

    /** For the metadata: it fails as this result set does once closed. */
    void checkOpen() {
        checkClosed();
    }

    @Override
    public boolean wasNull() throws SQLException {
        return call(() -> {
            checkClosed();
            return wasNull;
        });
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        return call(() -> columnIndexOf(columnLabel));
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        if (rest != null) {
            rest.close();
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public Statement getStatement() throws SQLException {
        return call(() -> {
            checkClosed();
            return statement;
        });
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return call(() -> {
            checkClosed();
            return null;
        });
    }

    @Override
    public void clearWarnings() throws SQLException {
        call(() -> {
            checkClosed();
            return null;
        });
    }

    @Override
    public String getString(int columnIndex) throws SQLException {
        return call(() -> get(checkColumnIndex(columnIndex)).getString());
    }

    @Override
    public String getNString(int columnIndex) throws SQLException {
        return getString(columnIndex);
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        return call(() -> {
            Value value = get(checkColumnIndex(columnIndex));
            return value != ValueNull.INSTANCE && value.getBoolean();
        });
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        return call(() -> {
            Value value = get(checkColumnIndex(columnIndex));
            return value == ValueNull.INSTANCE ? 0 : value.getByte();
        });
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        return call(() -> {
            Value value = get(checkColumnIndex(columnIndex));
            return value == ValueNull.INSTANCE ? 0 : value.getShort();
        });
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        return call(() -> {
            Value value = get(checkColumnIndex(columnIndex));
            return value == ValueNull.INSTANCE ? 0 : value.getInt();
        });
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        return call(() -> {
            Value value = get(checkColumnIndex(columnIndex));
            return value == ValueNull.INSTANCE ? 0L : value.getLong();
        });
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        return call(() -> {
            Value value = get(checkColumnIndex(columnIndex));
            return value == ValueNull.INSTANCE ? 0.0F : value.getFloat();
        });
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        return call(() -> {
            Value value = get(checkColumnIndex(columnIndex));
            return value == ValueNull.INSTANCE ? 0.0 : value.getDouble();
        });
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        return call(() -> get(checkColumnIndex(columnIndex)).getBigDecimal());
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
        return call(() -> {
            if (scale < 0) {
                throw h2.invalidValue("scale", scale);
            }
            BigDecimal decimal = get(checkColumnIndex(columnIndex)).getBigDecimal();
            return decimal == null ? null : ValueNumeric.setScale(decimal, scale);
        });
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        return call(() -> get(checkColumnIndex(columnIndex)).getBytes());
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        return call(() -> h2.toDate(conn, null, get(checkColumnIndex(columnIndex))));
    }

    @Override
    public Date getDate(int columnIndex, Calendar calendar) throws SQLException {
        return call(() -> h2.toDate(conn, zoneOf(calendar), get(checkColumnIndex(columnIndex))));
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        return call(() -> h2.toTime(conn, null, get(checkColumnIndex(columnIndex))));
    }

    @Override
    public Time getTime(int columnIndex, Calendar calendar) throws SQLException {
        return call(() -> h2.toTime(conn, zoneOf(calendar), get(checkColumnIndex(columnIndex))));
    }

    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        return call(() -> h2.toTimestamp(conn, null, get(checkColumnIndex(columnIndex))));
    }

    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar calendar) throws SQLException {
        return call(() -> h2.toTimestamp(conn, zoneOf(calendar), get(checkColumnIndex(columnIndex))));
    }

    private static TimeZone zoneOf(Calendar calendar) {
        return calendar != null ? calendar.getTimeZone() : null;
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        try {
            Value value = get(checkColumnIndex(columnIndex));
            if (onRest || value == ValueNull.INSTANCE) {
                return ValueToObjectConverter.valueToDefaultObject(value, conn, true);
            }
            Object plain = PlainAnswers.of(value);
            if (plain != PlainAnswers.NOT_PLAIN) {
                return plain;
            }
            DefaultObjects answers = captured.defaultObjects();
            Object known = answers.known(rowId, columnIndex);
            return known != null ? known : answers.remember(rowId, columnIndex,
                    ValueToObjectConverter.valueToDefaultObject(value, conn, true));
        } catch (Exception e) {
            throw h2.toSqlException(e);
        }
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        return call(() -> {
            if (type == null) {
                throw h2.invalidValue("type", null);
            }
            return ValueToObjectConverter.valueToObject(type, get(checkColumnIndex(columnIndex)), conn);
        });
    }

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        throw unsupported("map");
    }

    @Override
    public InputStream getAsciiStream(int columnIndex) throws SQLException {
        return call(() -> {
            String text = get(checkColumnIndex(columnIndex)).getString();
            return text == null ? null : IOUtils.getInputStreamFromString(text);
        });
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int columnIndex) throws SQLException {
        throw unsupported("unicodeStream");
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        return call(() -> get(checkColumnIndex(columnIndex)).getInputStream());
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        return call(() -> get(checkColumnIndex(columnIndex)).getReader());
    }

    @Override
    public Reader getNCharacterStream(int columnIndex) throws SQLException {
        return getCharacterStream(columnIndex);
    }

    @Override
    public Blob getBlob(int columnIndex) throws SQLException {
        return call(() -> {
            Value value = get(checkColumnIndex(columnIndex));
            return value == ValueNull.INSTANCE ? null : new JdbcBlob(conn, value, JdbcLob.State.WITH_VALUE, TRACE_ID);
        });
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        return call(() -> clob(columnIndex));
    }

    @Override
    public NClob getNClob(int columnIndex) throws SQLException {
        return call(() -> clob(columnIndex));
    }

    private JdbcClob clob(int columnIndex) throws SQLException {
        Value value = get(checkColumnIndex(columnIndex));
        return value == ValueNull.INSTANCE ? null : new JdbcClob(conn, value, JdbcLob.State.WITH_VALUE, TRACE_ID);
    }

    @Override
    public SQLXML getSQLXML(int columnIndex) throws SQLException {
        return call(() -> {
            Value value = get(checkColumnIndex(columnIndex));
            return value == ValueNull.INSTANCE ? null
                    : new JdbcSQLXML(conn, value, JdbcLob.State.WITH_VALUE, TRACE_ID);
        });
    }

    @Override
    public Array getArray(int columnIndex) throws SQLException {
        return call(() -> {
            Value value = get(checkColumnIndex(columnIndex));
            return value == ValueNull.INSTANCE ? null : new JdbcArray(conn, value, TRACE_ID);
        });
    }

    @Override
    public Ref getRef(int columnIndex) throws SQLException {
        throw unsupported("ref");
    }

    @Override
    public URL getURL(int columnIndex) throws SQLException {
        throw unsupported("url");
    }

    @Override
    public RowId getRowId(int columnIndex) throws SQLException {
        throw unsupported("rowId");
    }

    @Override
    public String getCursorName() throws SQLException {
        throw unsupported("cursorName");
    }

    @Override
    protected SQLException unsupported(String feature) {
        return h2.toSqlException(h2.unsupported(feature));
    }

    @Override
    protected void refuseUpdate(int columnIndex) throws SQLException {
        call(() -> {
            checkColumnIndex(columnIndex);
            throw h2.error(ErrorCode.RESULT_SET_READONLY);
        });
    }

    private void refuseReadOnly() throws SQLException {
        call(() -> {
            checkClosed();
            throw h2.error(ErrorCode.RESULT_SET_READONLY);
        });
    }

    // ---- position

    @Override
    public int getRow() throws SQLException {
        return call(() -> {
            checkClosed();
            if (onRest) {
                return rest.getRow();
            }
            return isAfterLastRow() ? 0 : rowId + 1;
        });
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        return call(() -> {
            checkClosed();
            return !onRest && rowId < 0 && (hasNextRow() || rest != null);
        });
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        return call(() -> {
            checkClosed();
            if (onRest) {
                return rest.isAfterLast();
            }
            return rowId > 0 && isAfterLastRow();
        });
    }

    @Override
    public boolean isFirst() throws SQLException {
        return call(() -> {
            checkClosed();
            if (onRest) {
                return rest.isFirst();
            }
            return rowId == 0 && !isAfterLastRow();
        });
    }

    @Override
    public boolean isLast() throws SQLException {
        return call(() -> {
            checkClosed();
            if (onRest) {
                return rest.isLast();
            }
            return rowId >= 0 && !isAfterLastRow() && !hasNextRow() && rest == null;
        });
    }

    @Override
    public void beforeFirst() throws SQLException {
        call(() -> {
            checkClosed();
            if (rest != null) {
                scrollOnRest().beforeFirst();
            } else if (rowId >= 0) {
                resetResult();
            }
            return null;
        });
    }

    @Override
    public void afterLast() throws SQLException {
        call(() -> {
            checkClosed();
            while (onRest ? rest.next() : nextRow()) {
                // to the end, as H2 goes there
            }
            return null;
        });
    }

    @Override
    public boolean first() throws SQLException {
        return call(() -> {
            checkClosed();
            if (rest != null) {
                return scrollOnRest().first();
            }
            if (rowId >= 0) {
                resetResult();
            }
            return nextRow();
        });
    }

    @Override
    public boolean last() throws SQLException {
        return call(() -> {
            checkClosed();
            if (rest != null) {
                return scrollOnRest().last();
            }
            if (isAfterLastRow()) {
                resetResult();
            }
            while (hasNextRow()) {
                nextRow();
            }
            return isOnValidRow();
        });
    }

    @Override
    public boolean absolute(int rowNumber) throws SQLException {
        return call(() -> {
            checkClosed();
            if (rest != null) {
                return scrollOnRest().absolute(rowNumber);
            }
            if (rowNumber < 0 && captured.isLazy()) {
                throw h2.unsupported("Row count is unknown for lazy result.");
            }
            long target = rowNumber >= 0 ? rowNumber : rows.length + rowNumber + 1;
            if (--target < rowId) {
                resetResult();
            }
            while (rowId < target) {
                if (!nextRow()) {
                    return false;
                }
            }
            return isOnValidRow();
        });
    }

    @Override
    public boolean relative(int rowCount) throws SQLException {
        return call(() -> {
            checkClosed();
            if (rest != null) {
                return scrollOnRest().relative(rowCount);
            }
            long remaining;
            if (rowCount < 0) {
                remaining = rowId + rowCount + 1;
                resetResult();
            } else {
                remaining = rowCount;
            }
            while (remaining-- > 0) {
                if (!nextRow()) {
                    return false;
                }
            }
            return isOnValidRow();
        });
    }

    @Override
    public boolean previous() throws SQLException {
        return relative(-1);
    }

    /**
     * Scrolling an incomplete capture: H2's own cursor, moved to where this one is, scrolls
     * (its rows before the captured ones' end are the same rows).
     */
    private JdbcResultSet scrollOnRest() throws SQLException {
        if (!onRest) {
            if (rowId < 0) {
                rest.beforeFirst();
            } else {
                rest.absolute(rowId + 1);
            }
            onRest = true;
        }
        return rest;
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        if (direction != ResultSet.FETCH_FORWARD) {
            throw unsupported("setFetchDirection");
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        return call(() -> {
            checkClosed();
            return ResultSet.FETCH_FORWARD;
        });
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        call(() -> {
            checkClosed();
            int size = rows;
            if (size < 0) {
                throw h2.invalidValue("rows", size);
            } else if (size > 0) {
                int maxRows = statement.getMaxRows();
                if (maxRows > 0 && size > maxRows) {
                    throw h2.invalidValue("rows", size);
                }
            } else {
                size = SERVER_RESULT_SET_FETCH_SIZE;
            }
            if (captured.isRemote()) {
                fetchSize = size;
            }
            return null;
        });
    }

    @Override
    public int getFetchSize() throws SQLException {
        return call(() -> {
            checkClosed();
            return fetchSize;
        });
    }

    @Override
    public int getType() throws SQLException {
        return call(() -> {
            checkClosed();
            return type;
        });
    }

    @Override
    public int getConcurrency() throws SQLException {
        return call(() -> {
            checkClosed();
            return ResultSet.CONCUR_READ_ONLY;
        });
    }

    @Override
    public int getHoldability() throws SQLException {
        return call(() -> {
            checkClosed();
            return conn.getHoldability();
        });
    }

    // ---- changing rows: refused, as on H2's read-only results

    @Override
    public boolean rowUpdated() {
        return false;
    }

    @Override
    public boolean rowInserted() {
        return false;
    }

    @Override
    public boolean rowDeleted() {
        return false;
    }

    @Override
    public void insertRow() throws SQLException {
        refuseReadOnly();
    }

    @Override
    public void updateRow() throws SQLException {
        refuseReadOnly();
    }

    @Override
    public void deleteRow() throws SQLException {
        refuseReadOnly();
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        refuseReadOnly();
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        refuseReadOnly();
    }

    @Override
    public void refreshRow() throws SQLException {
        call(() -> {
            checkClosed();
            if (!isOnValidRow() && !onRest) {
                throw h2.error(ErrorCode.NO_DATA_AVAILABLE);
            }
            throw h2.error(ErrorCode.RESULT_SET_NOT_UPDATABLE);
        });
    }

    @Override
    public void cancelRowUpdates() throws SQLException {
        call(() -> {
            checkClosed();
            return null;
        });
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return call(() -> {
            if (isWrapperFor(type)) {
                return type.cast(this);
            }
            throw h2.invalidValue("iface", type);
        });
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type != null && type.isAssignableFrom(getClass());
    }

    @Override
    public String toString() {
        return "H2ReplayedResultSet[" + captured + "]";
    }
}
