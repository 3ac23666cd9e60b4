package st.connection.core.internal.cache;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * The part of {@link ResultSet} a read-only, detached result does not offer: updates, streams,
 * LOB and locator objects. Each says so with {@link SQLFeatureNotSupportedException}.
 */
abstract class ReadOnlyResultSet implements ResultSet {

    private static SQLException unsupported(String operation) {
        return new SQLFeatureNotSupportedException(operation + " is not supported on a cached, read-only result");
    }

    @Override
    public java.io.InputStream getAsciiStream(int arg0) throws SQLException {
        throw unsupported("getAsciiStream");
    }

    @Override
    public java.io.InputStream getUnicodeStream(int arg0) throws SQLException {
        throw unsupported("getUnicodeStream");
    }

    @Override
    public java.io.InputStream getBinaryStream(int arg0) throws SQLException {
        throw unsupported("getBinaryStream");
    }

    @Override
    public java.io.InputStream getAsciiStream(java.lang.String arg0) throws SQLException {
        throw unsupported("getAsciiStream");
    }

    @Override
    public java.io.InputStream getUnicodeStream(java.lang.String arg0) throws SQLException {
        throw unsupported("getUnicodeStream");
    }

    @Override
    public java.io.InputStream getBinaryStream(java.lang.String arg0) throws SQLException {
        throw unsupported("getBinaryStream");
    }

    @Override
    public java.lang.String getCursorName() throws SQLException {
        throw unsupported("getCursorName");
    }

    @Override
    public java.io.Reader getCharacterStream(int arg0) throws SQLException {
        throw unsupported("getCharacterStream");
    }

    @Override
    public java.io.Reader getCharacterStream(java.lang.String arg0) throws SQLException {
        throw unsupported("getCharacterStream");
    }

    @Override
    public boolean rowUpdated() throws SQLException {
        throw unsupported("rowUpdated");
    }

    @Override
    public boolean rowInserted() throws SQLException {
        throw unsupported("rowInserted");
    }

    @Override
    public boolean rowDeleted() throws SQLException {
        throw unsupported("rowDeleted");
    }

    @Override
    public void updateNull(int arg0) throws SQLException {
        throw unsupported("updateNull");
    }

    @Override
    public void updateBoolean(int arg0, boolean arg1) throws SQLException {
        throw unsupported("updateBoolean");
    }

    @Override
    public void updateByte(int arg0, byte arg1) throws SQLException {
        throw unsupported("updateByte");
    }

    @Override
    public void updateShort(int arg0, short arg1) throws SQLException {
        throw unsupported("updateShort");
    }

    @Override
    public void updateInt(int arg0, int arg1) throws SQLException {
        throw unsupported("updateInt");
    }

    @Override
    public void updateLong(int arg0, long arg1) throws SQLException {
        throw unsupported("updateLong");
    }

    @Override
    public void updateFloat(int arg0, float arg1) throws SQLException {
        throw unsupported("updateFloat");
    }

    @Override
    public void updateDouble(int arg0, double arg1) throws SQLException {
        throw unsupported("updateDouble");
    }

    @Override
    public void updateBigDecimal(int arg0, java.math.BigDecimal arg1) throws SQLException {
        throw unsupported("updateBigDecimal");
    }

    @Override
    public void updateString(int arg0, java.lang.String arg1) throws SQLException {
        throw unsupported("updateString");
    }

    @Override
    public void updateBytes(int arg0, byte[] arg1) throws SQLException {
        throw unsupported("updateBytes");
    }

    @Override
    public void updateDate(int arg0, java.sql.Date arg1) throws SQLException {
        throw unsupported("updateDate");
    }

    @Override
    public void updateTime(int arg0, java.sql.Time arg1) throws SQLException {
        throw unsupported("updateTime");
    }

    @Override
    public void updateTimestamp(int arg0, java.sql.Timestamp arg1) throws SQLException {
        throw unsupported("updateTimestamp");
    }

    @Override
    public void updateAsciiStream(int arg0, java.io.InputStream arg1, int arg2) throws SQLException {
        throw unsupported("updateAsciiStream");
    }

    @Override
    public void updateBinaryStream(int arg0, java.io.InputStream arg1, int arg2) throws SQLException {
        throw unsupported("updateBinaryStream");
    }

    @Override
    public void updateCharacterStream(int arg0, java.io.Reader arg1, int arg2) throws SQLException {
        throw unsupported("updateCharacterStream");
    }

    @Override
    public void updateObject(int arg0, java.lang.Object arg1, int arg2) throws SQLException {
        throw unsupported("updateObject");
    }

    @Override
    public void updateObject(int arg0, java.lang.Object arg1) throws SQLException {
        throw unsupported("updateObject");
    }

    @Override
    public void updateNull(java.lang.String arg0) throws SQLException {
        throw unsupported("updateNull");
    }

    @Override
    public void updateBoolean(java.lang.String arg0, boolean arg1) throws SQLException {
        throw unsupported("updateBoolean");
    }

    @Override
    public void updateByte(java.lang.String arg0, byte arg1) throws SQLException {
        throw unsupported("updateByte");
    }

    @Override
    public void updateShort(java.lang.String arg0, short arg1) throws SQLException {
        throw unsupported("updateShort");
    }

    @Override
    public void updateInt(java.lang.String arg0, int arg1) throws SQLException {
        throw unsupported("updateInt");
    }

    @Override
    public void updateLong(java.lang.String arg0, long arg1) throws SQLException {
        throw unsupported("updateLong");
    }

    @Override
    public void updateFloat(java.lang.String arg0, float arg1) throws SQLException {
        throw unsupported("updateFloat");
    }

    @Override
    public void updateDouble(java.lang.String arg0, double arg1) throws SQLException {
        throw unsupported("updateDouble");
    }

    @Override
    public void updateBigDecimal(java.lang.String arg0, java.math.BigDecimal arg1) throws SQLException {
        throw unsupported("updateBigDecimal");
    }

    @Override
    public void updateString(java.lang.String arg0, java.lang.String arg1) throws SQLException {
        throw unsupported("updateString");
    }

    @Override
    public void updateBytes(java.lang.String arg0, byte[] arg1) throws SQLException {
        throw unsupported("updateBytes");
    }

    @Override
    public void updateDate(java.lang.String arg0, java.sql.Date arg1) throws SQLException {
        throw unsupported("updateDate");
    }

    @Override
    public void updateTime(java.lang.String arg0, java.sql.Time arg1) throws SQLException {
        throw unsupported("updateTime");
    }

    @Override
    public void updateTimestamp(java.lang.String arg0, java.sql.Timestamp arg1) throws SQLException {
        throw unsupported("updateTimestamp");
    }

    @Override
    public void updateAsciiStream(java.lang.String arg0, java.io.InputStream arg1, int arg2) throws SQLException {
        throw unsupported("updateAsciiStream");
    }

    @Override
    public void updateBinaryStream(java.lang.String arg0, java.io.InputStream arg1, int arg2) throws SQLException {
        throw unsupported("updateBinaryStream");
    }

    @Override
    public void updateCharacterStream(java.lang.String arg0, java.io.Reader arg1, int arg2) throws SQLException {
        throw unsupported("updateCharacterStream");
    }

    @Override
    public void updateObject(java.lang.String arg0, java.lang.Object arg1, int arg2) throws SQLException {
        throw unsupported("updateObject");
    }

    @Override
    public void updateObject(java.lang.String arg0, java.lang.Object arg1) throws SQLException {
        throw unsupported("updateObject");
    }

    @Override
    public void insertRow() throws SQLException {
        throw unsupported("insertRow");
    }

    @Override
    public void updateRow() throws SQLException {
        throw unsupported("updateRow");
    }

    @Override
    public void deleteRow() throws SQLException {
        throw unsupported("deleteRow");
    }

    @Override
    public void refreshRow() throws SQLException {
        throw unsupported("refreshRow");
    }

    @Override
    public void cancelRowUpdates() throws SQLException {
        throw unsupported("cancelRowUpdates");
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        throw unsupported("moveToInsertRow");
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        throw unsupported("moveToCurrentRow");
    }

    @Override
    public java.sql.Ref getRef(int arg0) throws SQLException {
        throw unsupported("getRef");
    }

    @Override
    public java.sql.Blob getBlob(int arg0) throws SQLException {
        throw unsupported("getBlob");
    }

    @Override
    public java.sql.Clob getClob(int arg0) throws SQLException {
        throw unsupported("getClob");
    }

    @Override
    public java.sql.Array getArray(int arg0) throws SQLException {
        throw unsupported("getArray");
    }

    @Override
    public java.sql.Ref getRef(java.lang.String arg0) throws SQLException {
        throw unsupported("getRef");
    }

    @Override
    public java.sql.Blob getBlob(java.lang.String arg0) throws SQLException {
        throw unsupported("getBlob");
    }

    @Override
    public java.sql.Clob getClob(java.lang.String arg0) throws SQLException {
        throw unsupported("getClob");
    }

    @Override
    public java.sql.Array getArray(java.lang.String arg0) throws SQLException {
        throw unsupported("getArray");
    }

    @Override
    public java.net.URL getURL(int arg0) throws SQLException {
        throw unsupported("getURL");
    }

    @Override
    public java.net.URL getURL(java.lang.String arg0) throws SQLException {
        throw unsupported("getURL");
    }

    @Override
    public void updateRef(int arg0, java.sql.Ref arg1) throws SQLException {
        throw unsupported("updateRef");
    }

    @Override
    public void updateRef(java.lang.String arg0, java.sql.Ref arg1) throws SQLException {
        throw unsupported("updateRef");
    }

    @Override
    public void updateBlob(int arg0, java.sql.Blob arg1) throws SQLException {
        throw unsupported("updateBlob");
    }

    @Override
    public void updateBlob(java.lang.String arg0, java.sql.Blob arg1) throws SQLException {
        throw unsupported("updateBlob");
    }

    @Override
    public void updateClob(int arg0, java.sql.Clob arg1) throws SQLException {
        throw unsupported("updateClob");
    }

    @Override
    public void updateClob(java.lang.String arg0, java.sql.Clob arg1) throws SQLException {
        throw unsupported("updateClob");
    }

    @Override
    public void updateArray(int arg0, java.sql.Array arg1) throws SQLException {
        throw unsupported("updateArray");
    }

    @Override
    public void updateArray(java.lang.String arg0, java.sql.Array arg1) throws SQLException {
        throw unsupported("updateArray");
    }

    @Override
    public java.sql.RowId getRowId(int arg0) throws SQLException {
        throw unsupported("getRowId");
    }

    @Override
    public java.sql.RowId getRowId(java.lang.String arg0) throws SQLException {
        throw unsupported("getRowId");
    }

    @Override
    public void updateRowId(int arg0, java.sql.RowId arg1) throws SQLException {
        throw unsupported("updateRowId");
    }

    @Override
    public void updateRowId(java.lang.String arg0, java.sql.RowId arg1) throws SQLException {
        throw unsupported("updateRowId");
    }

    @Override
    public void updateNString(int arg0, java.lang.String arg1) throws SQLException {
        throw unsupported("updateNString");
    }

    @Override
    public void updateNString(java.lang.String arg0, java.lang.String arg1) throws SQLException {
        throw unsupported("updateNString");
    }

    @Override
    public void updateNClob(int arg0, java.sql.NClob arg1) throws SQLException {
        throw unsupported("updateNClob");
    }

    @Override
    public void updateNClob(java.lang.String arg0, java.sql.NClob arg1) throws SQLException {
        throw unsupported("updateNClob");
    }

    @Override
    public java.sql.NClob getNClob(int arg0) throws SQLException {
        throw unsupported("getNClob");
    }

    @Override
    public java.sql.NClob getNClob(java.lang.String arg0) throws SQLException {
        throw unsupported("getNClob");
    }

    @Override
    public java.sql.SQLXML getSQLXML(int arg0) throws SQLException {
        throw unsupported("getSQLXML");
    }

    @Override
    public java.sql.SQLXML getSQLXML(java.lang.String arg0) throws SQLException {
        throw unsupported("getSQLXML");
    }

    @Override
    public void updateSQLXML(int arg0, java.sql.SQLXML arg1) throws SQLException {
        throw unsupported("updateSQLXML");
    }

    @Override
    public void updateSQLXML(java.lang.String arg0, java.sql.SQLXML arg1) throws SQLException {
        throw unsupported("updateSQLXML");
    }

    @Override
    public java.io.Reader getNCharacterStream(int arg0) throws SQLException {
        throw unsupported("getNCharacterStream");
    }

    @Override
    public java.io.Reader getNCharacterStream(java.lang.String arg0) throws SQLException {
        throw unsupported("getNCharacterStream");
    }

    @Override
    public void updateNCharacterStream(int arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw unsupported("updateNCharacterStream");
    }

    @Override
    public void updateNCharacterStream(java.lang.String arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw unsupported("updateNCharacterStream");
    }

    @Override
    public void updateAsciiStream(int arg0, java.io.InputStream arg1, long arg2) throws SQLException {
        throw unsupported("updateAsciiStream");
    }

    @Override
    public void updateBinaryStream(int arg0, java.io.InputStream arg1, long arg2) throws SQLException {
        throw unsupported("updateBinaryStream");
    }

    @Override
    public void updateCharacterStream(int arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw unsupported("updateCharacterStream");
    }

    @Override
    public void updateAsciiStream(java.lang.String arg0, java.io.InputStream arg1, long arg2) throws SQLException {
        throw unsupported("updateAsciiStream");
    }

    @Override
    public void updateBinaryStream(java.lang.String arg0, java.io.InputStream arg1, long arg2) throws SQLException {
        throw unsupported("updateBinaryStream");
    }

    @Override
    public void updateCharacterStream(java.lang.String arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw unsupported("updateCharacterStream");
    }

    @Override
    public void updateBlob(int arg0, java.io.InputStream arg1, long arg2) throws SQLException {
        throw unsupported("updateBlob");
    }

    @Override
    public void updateBlob(java.lang.String arg0, java.io.InputStream arg1, long arg2) throws SQLException {
        throw unsupported("updateBlob");
    }

    @Override
    public void updateClob(int arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw unsupported("updateClob");
    }

    @Override
    public void updateClob(java.lang.String arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw unsupported("updateClob");
    }

    @Override
    public void updateNClob(int arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw unsupported("updateNClob");
    }

    @Override
    public void updateNClob(java.lang.String arg0, java.io.Reader arg1, long arg2) throws SQLException {
        throw unsupported("updateNClob");
    }

    @Override
    public void updateNCharacterStream(int arg0, java.io.Reader arg1) throws SQLException {
        throw unsupported("updateNCharacterStream");
    }

    @Override
    public void updateNCharacterStream(java.lang.String arg0, java.io.Reader arg1) throws SQLException {
        throw unsupported("updateNCharacterStream");
    }

    @Override
    public void updateAsciiStream(int arg0, java.io.InputStream arg1) throws SQLException {
        throw unsupported("updateAsciiStream");
    }

    @Override
    public void updateBinaryStream(int arg0, java.io.InputStream arg1) throws SQLException {
        throw unsupported("updateBinaryStream");
    }

    @Override
    public void updateCharacterStream(int arg0, java.io.Reader arg1) throws SQLException {
        throw unsupported("updateCharacterStream");
    }

    @Override
    public void updateAsciiStream(java.lang.String arg0, java.io.InputStream arg1) throws SQLException {
        throw unsupported("updateAsciiStream");
    }

    @Override
    public void updateBinaryStream(java.lang.String arg0, java.io.InputStream arg1) throws SQLException {
        throw unsupported("updateBinaryStream");
    }

    @Override
    public void updateCharacterStream(java.lang.String arg0, java.io.Reader arg1) throws SQLException {
        throw unsupported("updateCharacterStream");
    }

    @Override
    public void updateBlob(int arg0, java.io.InputStream arg1) throws SQLException {
        throw unsupported("updateBlob");
    }

    @Override
    public void updateBlob(java.lang.String arg0, java.io.InputStream arg1) throws SQLException {
        throw unsupported("updateBlob");
    }

    @Override
    public void updateClob(int arg0, java.io.Reader arg1) throws SQLException {
        throw unsupported("updateClob");
    }

    @Override
    public void updateClob(java.lang.String arg0, java.io.Reader arg1) throws SQLException {
        throw unsupported("updateClob");
    }

    @Override
    public void updateNClob(int arg0, java.io.Reader arg1) throws SQLException {
        throw unsupported("updateNClob");
    }

    @Override
    public void updateNClob(java.lang.String arg0, java.io.Reader arg1) throws SQLException {
        throw unsupported("updateNClob");
    }

    @Override
    public void updateObject(int arg0, java.lang.Object arg1, java.sql.SQLType arg2, int arg3) throws SQLException {
        throw unsupported("updateObject");
    }

    @Override
    public void updateObject(java.lang.String arg0, java.lang.Object arg1, java.sql.SQLType arg2, int arg3) throws SQLException {
        throw unsupported("updateObject");
    }

    @Override
    public void updateObject(int arg0, java.lang.Object arg1, java.sql.SQLType arg2) throws SQLException {
        throw unsupported("updateObject");
    }

    @Override
    public void updateObject(java.lang.String arg0, java.lang.Object arg1, java.sql.SQLType arg2) throws SQLException {
        throw unsupported("updateObject");
    }
}
