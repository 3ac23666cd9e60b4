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
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * The mechanical half of a read-only {@link ResultSet}: every method taking a column label finds
 * the column ({@link #findColumn}, which reports an unknown label as the driver does) and calls
 * its by-index twin; every update is refused after the column index is checked, as H2 refuses
 * them on a read-only result. The by-index methods are the subclass's.
 */
abstract class ReadOnlyByLabelResultSet implements ResultSet {

    /** Checks the column index as the driver would, then refuses the update. */
    protected abstract void refuseUpdate(int columnIndex) throws SQLException;

    /** @return the driver's exception for a feature it does not support */
    protected abstract SQLException unsupported(String feature);

    @Override
    public String getString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public boolean getBoolean(String columnLabel) throws SQLException {
        return getBoolean(findColumn(columnLabel));
    }

    @Override
    public byte getByte(String columnLabel) throws SQLException {
        return getByte(findColumn(columnLabel));
    }

    @Override
    public short getShort(String columnLabel) throws SQLException {
        return getShort(findColumn(columnLabel));
    }

    @Override
    public int getInt(String columnLabel) throws SQLException {
        return getInt(findColumn(columnLabel));
    }

    @Override
    public long getLong(String columnLabel) throws SQLException {
        return getLong(findColumn(columnLabel));
    }

    @Override
    public float getFloat(String columnLabel) throws SQLException {
        return getFloat(findColumn(columnLabel));
    }

    @Override
    public double getDouble(String columnLabel) throws SQLException {
        return getDouble(findColumn(columnLabel));
    }

    @Override
    public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
        return getBigDecimal(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
        return getBigDecimal(findColumn(columnLabel), scale);
    }

    @Override
    public byte[] getBytes(String columnLabel) throws SQLException {
        return getBytes(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel) throws SQLException {
        return getDate(findColumn(columnLabel));
    }

    @Override
    public Time getTime(String columnLabel) throws SQLException {
        return getTime(findColumn(columnLabel));
    }

    @Override
    public Timestamp getTimestamp(String columnLabel) throws SQLException {
        return getTimestamp(findColumn(columnLabel));
    }

    @Override
    public InputStream getAsciiStream(String columnLabel) throws SQLException {
        return getAsciiStream(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(String columnLabel) throws SQLException {
        return getUnicodeStream(findColumn(columnLabel));
    }

    @Override
    public InputStream getBinaryStream(String columnLabel) throws SQLException {
        return getBinaryStream(findColumn(columnLabel));
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        return getObject(findColumn(columnLabel));
    }

    @Override
    public Reader getCharacterStream(String columnLabel) throws SQLException {
        return getCharacterStream(findColumn(columnLabel));
    }

    @Override
    public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(columnLabel), map);
    }

    @Override
    public Ref getRef(String columnLabel) throws SQLException {
        return getRef(findColumn(columnLabel));
    }

    @Override
    public Blob getBlob(String columnLabel) throws SQLException {
        return getBlob(findColumn(columnLabel));
    }

    @Override
    public Clob getClob(String columnLabel) throws SQLException {
        return getClob(findColumn(columnLabel));
    }

    @Override
    public Array getArray(String columnLabel) throws SQLException {
        return getArray(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel, Calendar calendar) throws SQLException {
        return getDate(findColumn(columnLabel), calendar);
    }

    @Override
    public Time getTime(String columnLabel, Calendar calendar) throws SQLException {
        return getTime(findColumn(columnLabel), calendar);
    }

    @Override
    public Timestamp getTimestamp(String columnLabel, Calendar calendar) throws SQLException {
        return getTimestamp(findColumn(columnLabel), calendar);
    }

    @Override
    public URL getURL(String columnLabel) throws SQLException {
        return getURL(findColumn(columnLabel));
    }

    @Override
    public RowId getRowId(String columnLabel) throws SQLException {
        return getRowId(findColumn(columnLabel));
    }

    @Override
    public NClob getNClob(String columnLabel) throws SQLException {
        return getNClob(findColumn(columnLabel));
    }

    @Override
    public SQLXML getSQLXML(String columnLabel) throws SQLException {
        return getSQLXML(findColumn(columnLabel));
    }

    @Override
    public String getNString(String columnLabel) throws SQLException {
        return getNString(findColumn(columnLabel));
    }

    @Override
    public Reader getNCharacterStream(String columnLabel) throws SQLException {
        return getNCharacterStream(findColumn(columnLabel));
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return getObject(findColumn(columnLabel), type);
    }

    @Override
    public void updateNull(int columnIndex) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateNull(String columnLabel) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateBoolean(int columnIndex, boolean x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateBoolean(String columnLabel, boolean x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateByte(int columnIndex, byte x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateByte(String columnLabel, byte x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateShort(int columnIndex, short x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateShort(String columnLabel, short x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateInt(int columnIndex, int x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateInt(String columnLabel, int x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateLong(int columnIndex, long x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateLong(String columnLabel, long x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateFloat(int columnIndex, float x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateFloat(String columnLabel, float x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateDouble(int columnIndex, double x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateDouble(String columnLabel, double x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateBigDecimal(int columnIndex, BigDecimal x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateBigDecimal(String columnLabel, BigDecimal x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateString(int columnIndex, String x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateString(String columnLabel, String x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateBytes(int columnIndex, byte[] x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateBytes(String columnLabel, byte[] x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateDate(int columnIndex, Date x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateDate(String columnLabel, Date x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateTime(int columnIndex, Time x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateTime(String columnLabel, Time x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateTimestamp(int columnIndex, Timestamp x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateTimestamp(String columnLabel, Timestamp x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream x, int length) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream x, int length) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream x, int length) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream x, int length) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader reader, int length) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader, int length) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateObject(int columnIndex, Object x, int scaleOrLength) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateObject(String columnLabel, Object x, int scaleOrLength) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateObject(int columnIndex, Object x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateObject(String columnLabel, Object x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateRef(int columnIndex, Ref x) throws SQLException {
        throw unsupported("ref");
    }

    @Override
    public void updateRef(String columnLabel, Ref x) throws SQLException {
        throw unsupported("ref");
    }

    @Override
    public void updateBlob(int columnIndex, Blob x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateBlob(String columnLabel, Blob x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateClob(int columnIndex, Clob x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateClob(String columnLabel, Clob x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateArray(int columnIndex, Array x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateArray(String columnLabel, Array x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateRowId(int columnIndex, RowId x) throws SQLException {
        throw unsupported("rowId");
    }

    @Override
    public void updateRowId(String columnLabel, RowId x) throws SQLException {
        throw unsupported("rowId");
    }

    @Override
    public void updateNString(int columnIndex, String nString) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateNString(String columnLabel, String nString) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateNClob(int columnIndex, NClob nClob) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateNClob(String columnLabel, NClob nClob) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateSQLXML(int columnIndex, SQLXML xmlObject) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateSQLXML(String columnLabel, SQLXML xmlObject) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateNCharacterStream(int columnIndex, Reader reader, long length) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateNCharacterStream(String columnLabel, Reader reader, long length) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream x, long length) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream x, long length) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream x, long length) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream x, long length) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader reader, long length) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader, long length) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateBlob(int columnIndex, InputStream inputStream, long length) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateBlob(String columnLabel, InputStream inputStream, long length) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateClob(int columnIndex, Reader reader, long length) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateClob(String columnLabel, Reader reader, long length) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateNClob(int columnIndex, Reader reader, long length) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateNClob(String columnLabel, Reader reader, long length) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateNCharacterStream(int columnIndex, Reader reader) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateNCharacterStream(String columnLabel, Reader reader) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream x) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream x) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader reader) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateBlob(int columnIndex, InputStream inputStream) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateBlob(String columnLabel, InputStream inputStream) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateClob(int columnIndex, Reader reader) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateClob(String columnLabel, Reader reader) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateNClob(int columnIndex, Reader reader) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateNClob(String columnLabel, Reader reader) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateObject(int columnIndex, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateObject(String columnLabel, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

    @Override
    public void updateObject(int columnIndex, Object x, SQLType targetSqlType) throws SQLException {
        refuseUpdate(columnIndex);
    }

    @Override
    public void updateObject(String columnLabel, Object x, SQLType targetSqlType) throws SQLException {
        refuseUpdate(findColumn(columnLabel));
    }

}
