package st.connection.core.internal;

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
import java.sql.SQLType;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * A {@link ResultSet} that forwards every method to the driver's result set and hands each
 * {@link SQLException} to {@link #failed} before it reaches the caller. Mechanical on purpose: one
 * method of {@code java.sql.ResultSet} each, in the interface's order, so that reads through a
 * platform view cost a direct call (no reflection per getter). What differs from the driver's
 * ({@code getStatement}, {@code unwrap}) is the subclass's.
 */
abstract class ForwardingResultSet implements ResultSet {

    protected final ResultSet result;

    ForwardingResultSet(ResultSet result) {
        this.result = result;
    }

    /** @return the exception to throw, after telling whoever must know of the failure */
    protected abstract SQLException failed(SQLException e);

    @Override
    public boolean next() throws SQLException {
        try {
            return result.next();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            result.close();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean wasNull() throws SQLException {
        try {
            return result.wasNull();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public String getString(int columnIndex) throws SQLException {
        try {
            return result.getString(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        try {
            return result.getBoolean(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        try {
            return result.getByte(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        try {
            return result.getShort(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        try {
            return result.getInt(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        try {
            return result.getLong(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        try {
            return result.getFloat(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        try {
            return result.getDouble(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
        try {
            return result.getBigDecimal(columnIndex, scale);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        try {
            return result.getBytes(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        try {
            return result.getDate(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        try {
            return result.getTime(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        try {
            return result.getTimestamp(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public InputStream getAsciiStream(int columnIndex) throws SQLException {
        try {
            return result.getAsciiStream(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int columnIndex) throws SQLException {
        try {
            return result.getUnicodeStream(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        try {
            return result.getBinaryStream(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public String getString(String columnLabel) throws SQLException {
        try {
            return result.getString(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean getBoolean(String columnLabel) throws SQLException {
        try {
            return result.getBoolean(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public byte getByte(String columnLabel) throws SQLException {
        try {
            return result.getByte(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public short getShort(String columnLabel) throws SQLException {
        try {
            return result.getShort(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public int getInt(String columnLabel) throws SQLException {
        try {
            return result.getInt(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public long getLong(String columnLabel) throws SQLException {
        try {
            return result.getLong(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public float getFloat(String columnLabel) throws SQLException {
        try {
            return result.getFloat(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public double getDouble(String columnLabel) throws SQLException {
        try {
            return result.getDouble(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
        try {
            return result.getBigDecimal(columnLabel, scale);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public byte[] getBytes(String columnLabel) throws SQLException {
        try {
            return result.getBytes(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Date getDate(String columnLabel) throws SQLException {
        try {
            return result.getDate(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Time getTime(String columnLabel) throws SQLException {
        try {
            return result.getTime(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Timestamp getTimestamp(String columnLabel) throws SQLException {
        try {
            return result.getTimestamp(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public InputStream getAsciiStream(String columnLabel) throws SQLException {
        try {
            return result.getAsciiStream(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(String columnLabel) throws SQLException {
        try {
            return result.getUnicodeStream(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public InputStream getBinaryStream(String columnLabel) throws SQLException {
        try {
            return result.getBinaryStream(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        try {
            return result.getWarnings();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void clearWarnings() throws SQLException {
        try {
            result.clearWarnings();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public String getCursorName() throws SQLException {
        try {
            return result.getCursorName();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        try {
            return result.getMetaData();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        try {
            return result.getObject(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        try {
            return result.getObject(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        try {
            return result.findColumn(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        try {
            return result.getCharacterStream(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Reader getCharacterStream(String columnLabel) throws SQLException {
        try {
            return result.getCharacterStream(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        try {
            return result.getBigDecimal(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
        try {
            return result.getBigDecimal(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        try {
            return result.isBeforeFirst();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        try {
            return result.isAfterLast();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean isFirst() throws SQLException {
        try {
            return result.isFirst();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean isLast() throws SQLException {
        try {
            return result.isLast();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void beforeFirst() throws SQLException {
        try {
            result.beforeFirst();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void afterLast() throws SQLException {
        try {
            result.afterLast();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean first() throws SQLException {
        try {
            return result.first();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean last() throws SQLException {
        try {
            return result.last();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public int getRow() throws SQLException {
        try {
            return result.getRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean absolute(int row) throws SQLException {
        try {
            return result.absolute(row);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean relative(int rows) throws SQLException {
        try {
            return result.relative(rows);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean previous() throws SQLException {
        try {
            return result.previous();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        try {
            result.setFetchDirection(direction);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        try {
            return result.getFetchDirection();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        try {
            result.setFetchSize(rows);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public int getFetchSize() throws SQLException {
        try {
            return result.getFetchSize();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public int getType() throws SQLException {
        try {
            return result.getType();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public int getConcurrency() throws SQLException {
        try {
            return result.getConcurrency();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean rowUpdated() throws SQLException {
        try {
            return result.rowUpdated();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean rowInserted() throws SQLException {
        try {
            return result.rowInserted();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean rowDeleted() throws SQLException {
        try {
            return result.rowDeleted();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNull(int columnIndex) throws SQLException {
        try {
            result.updateNull(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBoolean(int columnIndex, boolean x) throws SQLException {
        try {
            result.updateBoolean(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateByte(int columnIndex, byte x) throws SQLException {
        try {
            result.updateByte(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateShort(int columnIndex, short x) throws SQLException {
        try {
            result.updateShort(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateInt(int columnIndex, int x) throws SQLException {
        try {
            result.updateInt(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateLong(int columnIndex, long x) throws SQLException {
        try {
            result.updateLong(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateFloat(int columnIndex, float x) throws SQLException {
        try {
            result.updateFloat(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateDouble(int columnIndex, double x) throws SQLException {
        try {
            result.updateDouble(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBigDecimal(int columnIndex, BigDecimal x) throws SQLException {
        try {
            result.updateBigDecimal(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateString(int columnIndex, String x) throws SQLException {
        try {
            result.updateString(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBytes(int columnIndex, byte[] x) throws SQLException {
        try {
            result.updateBytes(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateDate(int columnIndex, Date x) throws SQLException {
        try {
            result.updateDate(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateTime(int columnIndex, Time x) throws SQLException {
        try {
            result.updateTime(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateTimestamp(int columnIndex, Timestamp x) throws SQLException {
        try {
            result.updateTimestamp(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream stream, int length) throws SQLException {
        try {
            result.updateAsciiStream(columnIndex, stream, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream stream, int length) throws SQLException {
        try {
            result.updateBinaryStream(columnIndex, stream, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader reader, int length) throws SQLException {
        try {
            result.updateCharacterStream(columnIndex, reader, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateObject(int columnIndex, Object x, int scaleOrLength) throws SQLException {
        try {
            result.updateObject(columnIndex, x, scaleOrLength);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateObject(int columnIndex, Object x) throws SQLException {
        try {
            result.updateObject(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNull(String columnLabel) throws SQLException {
        try {
            result.updateNull(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBoolean(String columnLabel, boolean x) throws SQLException {
        try {
            result.updateBoolean(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateByte(String columnLabel, byte x) throws SQLException {
        try {
            result.updateByte(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateShort(String columnLabel, short x) throws SQLException {
        try {
            result.updateShort(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateInt(String columnLabel, int x) throws SQLException {
        try {
            result.updateInt(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateLong(String columnLabel, long x) throws SQLException {
        try {
            result.updateLong(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateFloat(String columnLabel, float x) throws SQLException {
        try {
            result.updateFloat(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateDouble(String columnLabel, double x) throws SQLException {
        try {
            result.updateDouble(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBigDecimal(String columnLabel, BigDecimal x) throws SQLException {
        try {
            result.updateBigDecimal(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateString(String columnLabel, String x) throws SQLException {
        try {
            result.updateString(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBytes(String columnLabel, byte[] x) throws SQLException {
        try {
            result.updateBytes(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateDate(String columnLabel, Date x) throws SQLException {
        try {
            result.updateDate(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateTime(String columnLabel, Time x) throws SQLException {
        try {
            result.updateTime(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateTimestamp(String columnLabel, Timestamp x) throws SQLException {
        try {
            result.updateTimestamp(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream stream, int length) throws SQLException {
        try {
            result.updateAsciiStream(columnLabel, stream, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream stream, int length) throws SQLException {
        try {
            result.updateBinaryStream(columnLabel, stream, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader, int length) throws SQLException {
        try {
            result.updateCharacterStream(columnLabel, reader, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateObject(String columnLabel, Object x, int scaleOrLength) throws SQLException {
        try {
            result.updateObject(columnLabel, x, scaleOrLength);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateObject(String columnLabel, Object x) throws SQLException {
        try {
            result.updateObject(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void insertRow() throws SQLException {
        try {
            result.insertRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateRow() throws SQLException {
        try {
            result.updateRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void deleteRow() throws SQLException {
        try {
            result.deleteRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void refreshRow() throws SQLException {
        try {
            result.refreshRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void cancelRowUpdates() throws SQLException {
        try {
            result.cancelRowUpdates();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        try {
            result.moveToInsertRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        try {
            result.moveToCurrentRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        try {
            return result.getObject(columnIndex, map);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Ref getRef(int columnIndex) throws SQLException {
        try {
            return result.getRef(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Blob getBlob(int columnIndex) throws SQLException {
        try {
            return result.getBlob(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        try {
            return result.getClob(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Array getArray(int columnIndex) throws SQLException {
        try {
            return result.getArray(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
        try {
            return result.getObject(columnLabel, map);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Ref getRef(String columnLabel) throws SQLException {
        try {
            return result.getRef(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Blob getBlob(String columnLabel) throws SQLException {
        try {
            return result.getBlob(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Clob getClob(String columnLabel) throws SQLException {
        try {
            return result.getClob(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Array getArray(String columnLabel) throws SQLException {
        try {
            return result.getArray(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Date getDate(int columnIndex, Calendar calendar) throws SQLException {
        try {
            return result.getDate(columnIndex, calendar);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Date getDate(String columnLabel, Calendar calendar) throws SQLException {
        try {
            return result.getDate(columnLabel, calendar);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Time getTime(int columnIndex, Calendar calendar) throws SQLException {
        try {
            return result.getTime(columnIndex, calendar);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Time getTime(String columnLabel, Calendar calendar) throws SQLException {
        try {
            return result.getTime(columnLabel, calendar);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar calendar) throws SQLException {
        try {
            return result.getTimestamp(columnIndex, calendar);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Timestamp getTimestamp(String columnLabel, Calendar calendar) throws SQLException {
        try {
            return result.getTimestamp(columnLabel, calendar);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public URL getURL(int columnIndex) throws SQLException {
        try {
            return result.getURL(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public URL getURL(String columnLabel) throws SQLException {
        try {
            return result.getURL(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateRef(int columnIndex, Ref x) throws SQLException {
        try {
            result.updateRef(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateRef(String columnLabel, Ref x) throws SQLException {
        try {
            result.updateRef(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBlob(int columnIndex, Blob x) throws SQLException {
        try {
            result.updateBlob(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBlob(String columnLabel, Blob x) throws SQLException {
        try {
            result.updateBlob(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateClob(int columnIndex, Clob x) throws SQLException {
        try {
            result.updateClob(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateClob(String columnLabel, Clob x) throws SQLException {
        try {
            result.updateClob(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateArray(int columnIndex, Array x) throws SQLException {
        try {
            result.updateArray(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateArray(String columnLabel, Array x) throws SQLException {
        try {
            result.updateArray(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public RowId getRowId(int columnIndex) throws SQLException {
        try {
            return result.getRowId(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public RowId getRowId(String columnLabel) throws SQLException {
        try {
            return result.getRowId(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateRowId(int columnIndex, RowId x) throws SQLException {
        try {
            result.updateRowId(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateRowId(String columnLabel, RowId x) throws SQLException {
        try {
            result.updateRowId(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public int getHoldability() throws SQLException {
        try {
            return result.getHoldability();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean isClosed() throws SQLException {
        try {
            return result.isClosed();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNString(int columnIndex, String x) throws SQLException {
        try {
            result.updateNString(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNString(String columnLabel, String x) throws SQLException {
        try {
            result.updateNString(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNClob(int columnIndex, NClob x) throws SQLException {
        try {
            result.updateNClob(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNClob(String columnLabel, NClob x) throws SQLException {
        try {
            result.updateNClob(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public NClob getNClob(int columnIndex) throws SQLException {
        try {
            return result.getNClob(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public NClob getNClob(String columnLabel) throws SQLException {
        try {
            return result.getNClob(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public SQLXML getSQLXML(int columnIndex) throws SQLException {
        try {
            return result.getSQLXML(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public SQLXML getSQLXML(String columnLabel) throws SQLException {
        try {
            return result.getSQLXML(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateSQLXML(int columnIndex, SQLXML x) throws SQLException {
        try {
            result.updateSQLXML(columnIndex, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateSQLXML(String columnLabel, SQLXML x) throws SQLException {
        try {
            result.updateSQLXML(columnLabel, x);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public String getNString(int columnIndex) throws SQLException {
        try {
            return result.getNString(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public String getNString(String columnLabel) throws SQLException {
        try {
            return result.getNString(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Reader getNCharacterStream(int columnIndex) throws SQLException {
        try {
            return result.getNCharacterStream(columnIndex);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Reader getNCharacterStream(String columnLabel) throws SQLException {
        try {
            return result.getNCharacterStream(columnLabel);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNCharacterStream(int columnIndex, Reader reader, long length) throws SQLException {
        try {
            result.updateNCharacterStream(columnIndex, reader, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNCharacterStream(String columnLabel, Reader reader, long length) throws SQLException {
        try {
            result.updateNCharacterStream(columnLabel, reader, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream stream, long length) throws SQLException {
        try {
            result.updateAsciiStream(columnIndex, stream, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream stream, long length) throws SQLException {
        try {
            result.updateBinaryStream(columnIndex, stream, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader reader, long length) throws SQLException {
        try {
            result.updateCharacterStream(columnIndex, reader, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream stream, long length) throws SQLException {
        try {
            result.updateAsciiStream(columnLabel, stream, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream stream, long length) throws SQLException {
        try {
            result.updateBinaryStream(columnLabel, stream, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader, long length) throws SQLException {
        try {
            result.updateCharacterStream(columnLabel, reader, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBlob(int columnIndex, InputStream stream, long length) throws SQLException {
        try {
            result.updateBlob(columnIndex, stream, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBlob(String columnLabel, InputStream stream, long length) throws SQLException {
        try {
            result.updateBlob(columnLabel, stream, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateClob(int columnIndex, Reader reader, long length) throws SQLException {
        try {
            result.updateClob(columnIndex, reader, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateClob(String columnLabel, Reader reader, long length) throws SQLException {
        try {
            result.updateClob(columnLabel, reader, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNClob(int columnIndex, Reader reader, long length) throws SQLException {
        try {
            result.updateNClob(columnIndex, reader, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNClob(String columnLabel, Reader reader, long length) throws SQLException {
        try {
            result.updateNClob(columnLabel, reader, length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNCharacterStream(int columnIndex, Reader reader) throws SQLException {
        try {
            result.updateNCharacterStream(columnIndex, reader);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNCharacterStream(String columnLabel, Reader reader) throws SQLException {
        try {
            result.updateNCharacterStream(columnLabel, reader);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream stream) throws SQLException {
        try {
            result.updateAsciiStream(columnIndex, stream);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream stream) throws SQLException {
        try {
            result.updateBinaryStream(columnIndex, stream);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader reader) throws SQLException {
        try {
            result.updateCharacterStream(columnIndex, reader);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream stream) throws SQLException {
        try {
            result.updateAsciiStream(columnLabel, stream);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream stream) throws SQLException {
        try {
            result.updateBinaryStream(columnLabel, stream);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader) throws SQLException {
        try {
            result.updateCharacterStream(columnLabel, reader);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBlob(int columnIndex, InputStream stream) throws SQLException {
        try {
            result.updateBlob(columnIndex, stream);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateBlob(String columnLabel, InputStream stream) throws SQLException {
        try {
            result.updateBlob(columnLabel, stream);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateClob(int columnIndex, Reader reader) throws SQLException {
        try {
            result.updateClob(columnIndex, reader);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateClob(String columnLabel, Reader reader) throws SQLException {
        try {
            result.updateClob(columnLabel, reader);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNClob(int columnIndex, Reader reader) throws SQLException {
        try {
            result.updateNClob(columnIndex, reader);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateNClob(String columnLabel, Reader reader) throws SQLException {
        try {
            result.updateNClob(columnLabel, reader);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        try {
            return result.getObject(columnIndex, type);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        try {
            return result.getObject(columnLabel, type);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateObject(int columnIndex, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        try {
            result.updateObject(columnIndex, x, targetSqlType, scaleOrLength);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateObject(String columnLabel, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        try {
            result.updateObject(columnLabel, x, targetSqlType, scaleOrLength);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateObject(int columnIndex, Object x, SQLType targetSqlType) throws SQLException {
        try {
            result.updateObject(columnIndex, x, targetSqlType);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void updateObject(String columnLabel, Object x, SQLType targetSqlType) throws SQLException {
        try {
            result.updateObject(columnLabel, x, targetSqlType);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

}
