package st.connection.core.internal.cache;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Locale;
import java.util.Map;

import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;

/**
 * A fresh, read-only, scrollable cursor over a {@link CachedResult}. Reads behave like the
 * original driver's: {@code getString} gives the driver's text, {@code getObject} its value (CLOB
 * and BLOB columns as detached {@link Clob}/{@link Blob}), {@code wasNull} the last read's nullness.
 * Not thread safe, like any {@link ResultSet}.
 */
final class CachedResultSet extends ReadOnlyResultSet {

    private final CachedResult result;
    private final Statement statement;
    private int row = -1;
    /** The cells of the current row; {@code null} before the first, after the last, and once closed. */
    private Object[] current;
    private boolean lastWasNull;
    private boolean closed;
    private int fetchSize;

    CachedResultSet(CachedResult result, Statement statement) {
        this.result = result;
        this.statement = statement;
    }

    private Object cell(int column) throws SQLException {
        Object[] values = current;
        if (values == null) {
            checkOpen();
            throw new SQLException("No current row: call next() first", "24000");
        }
        if (column < 1 || column > values.length) {
            throw new SQLException("Column index " + column + " is out of range 1.." + values.length, "07009");
        }
        Object value = values[column - 1];
        lastWasNull = value == null;
        return value != null && result.textedColumns()[column - 1] ? ((TextedValue) value).value() : value;
    }

    /** Every cursor move goes here, so that reading a cell is one array access. */
    private boolean moveTo(int position) {
        row = position;
        current = row >= 0 && row < result.rowCount() ? result.rows()[row] : null;
        return current != null;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("The result set is closed", "24000");
        }
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        return moveTo(Math.min(row + 1, result.rowCount()));
    }

    @Override
    public void close() {
        closed = true;
        current = null;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean wasNull() {
        return lastWasNull;
    }

    @Override
    public String getString(int column) throws SQLException {
        Object value = cell(column);
        Object raw = current[column - 1];
        return raw instanceof TextedValue texted ? texted.text() : value == null ? null : value.toString();
    }

    @Override
    public String getNString(int column) throws SQLException {
        return getString(column);
    }

    @Override
    public boolean getBoolean(int column) throws SQLException {
        return CellConversions.toBoolean(cell(column));
    }

    @Override
    public byte getByte(int column) throws SQLException {
        return (byte) CellConversions.toLong(cell(column));
    }

    @Override
    public short getShort(int column) throws SQLException {
        return (short) CellConversions.toLong(cell(column));
    }

    @Override
    public int getInt(int column) throws SQLException {
        Object value = cell(column);
        return value instanceof Integer i ? i : (int) CellConversions.toLong(value);
    }

    @Override
    public long getLong(int column) throws SQLException {
        return CellConversions.toLong(cell(column));
    }

    @Override
    public float getFloat(int column) throws SQLException {
        return (float) CellConversions.toDouble(cell(column));
    }

    @Override
    public double getDouble(int column) throws SQLException {
        return CellConversions.toDouble(cell(column));
    }

    @Override
    public BigDecimal getBigDecimal(int column) throws SQLException {
        return CellConversions.toBigDecimal(cell(column));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int column, int scale) throws SQLException {
        BigDecimal value = getBigDecimal(column);
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public byte[] getBytes(int column) throws SQLException {
        return CellConversions.toBytes(cell(column));
    }

    @Override
    public Date getDate(int column) throws SQLException {
        return CellConversions.toDate(cell(column), null);
    }

    @Override
    public Date getDate(int column, Calendar calendar) throws SQLException {
        return CellConversions.toDate(cell(column), calendar);
    }

    @Override
    public Time getTime(int column) throws SQLException {
        return CellConversions.toTime(cell(column), null);
    }

    @Override
    public Time getTime(int column, Calendar calendar) throws SQLException {
        return CellConversions.toTime(cell(column), calendar);
    }

    @Override
    public Timestamp getTimestamp(int column) throws SQLException {
        return CellConversions.toTimestamp(cell(column), null);
    }

    @Override
    public Timestamp getTimestamp(int column, Calendar calendar) throws SQLException {
        return CellConversions.toTimestamp(cell(column), calendar);
    }

    @Override
    public Object getObject(int column) throws SQLException {
        Object value = cell(column);
        if (value == null) {
            return null;
        }
        return switch (result.objectKinds()[column - 1]) {
            case VALUE -> value;
            case COPIED_DATE -> CellConversions.copyOf((java.util.Date) value);
            case COPIED_BYTES -> ((byte[]) value).clone();
            case CLOB -> new SerialClob(((String) value).toCharArray());
            case BLOB -> new SerialBlob((byte[]) value);
        };
    }

    @Override
    public Object getObject(int column, Map<String, Class<?>> map) throws SQLException {
        return getObject(column);
    }

    @Override
    public <T> T getObject(int column, Class<T> type) throws SQLException {
        return CellConversions.to(cell(column), type);
    }

    @Override
    public Clob getClob(int column) throws SQLException {
        Object value = cell(column);
        return value == null ? null : new SerialClob(value.toString().toCharArray());
    }

    @Override
    public Blob getBlob(int column) throws SQLException {
        byte[] bytes = CellConversions.toBytes(cell(column));
        return bytes == null ? null : new SerialBlob(bytes);
    }

    @Override
    public Reader getCharacterStream(int column) throws SQLException {
        String text = getString(column);
        return text == null ? null : new StringReader(text);
    }

    @Override
    public InputStream getBinaryStream(int column) throws SQLException {
        byte[] bytes = getBytes(column);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public int findColumn(String label) throws SQLException {
        Integer index = result.columnIndex().get(label.toUpperCase(Locale.ROOT));
        if (index == null) {
            throw new SQLException("Column '" + label + "' not found", "42S22");
        }
        return index;
    }

    @Override
    public String getString(String label) throws SQLException {
        return getString(findColumn(label));
    }

    @Override
    public String getNString(String label) throws SQLException {
        return getString(findColumn(label));
    }

    @Override
    public boolean getBoolean(String label) throws SQLException {
        return getBoolean(findColumn(label));
    }

    @Override
    public byte getByte(String label) throws SQLException {
        return getByte(findColumn(label));
    }

    @Override
    public short getShort(String label) throws SQLException {
        return getShort(findColumn(label));
    }

    @Override
    public int getInt(String label) throws SQLException {
        return getInt(findColumn(label));
    }

    @Override
    public long getLong(String label) throws SQLException {
        return getLong(findColumn(label));
    }

    @Override
    public float getFloat(String label) throws SQLException {
        return getFloat(findColumn(label));
    }

    @Override
    public double getDouble(String label) throws SQLException {
        return getDouble(findColumn(label));
    }

    @Override
    public BigDecimal getBigDecimal(String label) throws SQLException {
        return getBigDecimal(findColumn(label));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String label, int scale) throws SQLException {
        return getBigDecimal(findColumn(label), scale);
    }

    @Override
    public byte[] getBytes(String label) throws SQLException {
        return getBytes(findColumn(label));
    }

    @Override
    public Date getDate(String label) throws SQLException {
        return getDate(findColumn(label));
    }

    @Override
    public Date getDate(String label, Calendar calendar) throws SQLException {
        return getDate(findColumn(label), calendar);
    }

    @Override
    public Time getTime(String label) throws SQLException {
        return getTime(findColumn(label));
    }

    @Override
    public Time getTime(String label, Calendar calendar) throws SQLException {
        return getTime(findColumn(label), calendar);
    }

    @Override
    public Timestamp getTimestamp(String label) throws SQLException {
        return getTimestamp(findColumn(label));
    }

    @Override
    public Timestamp getTimestamp(String label, Calendar calendar) throws SQLException {
        return getTimestamp(findColumn(label), calendar);
    }

    @Override
    public Object getObject(String label) throws SQLException {
        return getObject(findColumn(label));
    }

    @Override
    public Object getObject(String label, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(label));
    }

    @Override
    public <T> T getObject(String label, Class<T> type) throws SQLException {
        return getObject(findColumn(label), type);
    }

    @Override
    public Clob getClob(String label) throws SQLException {
        return getClob(findColumn(label));
    }

    @Override
    public Blob getBlob(String label) throws SQLException {
        return getBlob(findColumn(label));
    }

    @Override
    public Reader getCharacterStream(String label) throws SQLException {
        return getCharacterStream(findColumn(label));
    }

    @Override
    public InputStream getBinaryStream(String label) throws SQLException {
        return getBinaryStream(findColumn(label));
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return new CachedResultSetMetaData(result.columns());
    }

    @Override
    public boolean isBeforeFirst() {
        return row < 0 && result.rowCount() > 0;
    }

    @Override
    public boolean isAfterLast() {
        return row >= result.rowCount() && result.rowCount() > 0;
    }

    @Override
    public boolean isFirst() {
        return row == 0 && result.rowCount() > 0;
    }

    @Override
    public boolean isLast() {
        return row == result.rowCount() - 1 && result.rowCount() > 0;
    }

    @Override
    public void beforeFirst() throws SQLException {
        checkOpen();
        moveTo(-1);
    }

    @Override
    public void afterLast() throws SQLException {
        checkOpen();
        moveTo(result.rowCount());
    }

    @Override
    public boolean first() throws SQLException {
        return absolute(1);
    }

    @Override
    public boolean last() throws SQLException {
        return absolute(-1);
    }

    @Override
    public int getRow() {
        return row >= 0 && row < result.rowCount() ? row + 1 : 0;
    }

    @Override
    public boolean absolute(int position) throws SQLException {
        checkOpen();
        int count = result.rowCount();
        int target = position >= 0 ? position - 1 : count + position;
        return moveTo(Math.max(-1, Math.min(count, target)));
    }

    @Override
    public boolean relative(int rows) throws SQLException {
        checkOpen();
        return moveTo(Math.max(-1, Math.min(result.rowCount(), row + rows)));
    }

    @Override
    public boolean previous() throws SQLException {
        return relative(-1);
    }

    @Override
    public void setFetchDirection(int direction) {
        // every row is in memory: any direction is as fast
    }

    @Override
    public int getFetchDirection() {
        return FETCH_FORWARD;
    }

    @Override
    public void setFetchSize(int rows) {
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() {
        return fetchSize;
    }

    @Override
    public int getType() {
        return TYPE_SCROLL_INSENSITIVE;
    }

    @Override
    public int getConcurrency() {
        return CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() {
        return HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public Statement getStatement() {
        return statement;
    }

    @Override
    public SQLWarning getWarnings() {
        return null;
    }

    @Override
    public void clearWarnings() {
        // a cached result has no warnings
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("A cached result is not a " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
