package st.connection.cache.jdbc.internal;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * A prepared statement whose reads consult the cache, keyed by its SQL and its parameters with
 * their types ({@link BindValues}). Parameters that cannot be part of a key (streams, LOBs,
 * arrays, references, arbitrary objects) go to the driver's statement at once and make its reads
 * uncached until the parameters are cleared.
 */
final class CachingPreparedStatement extends CachingStatement implements PreparedStatement {

    private final String sql;
    private final BindValues binds = new BindValues();

    CachingPreparedStatement(CachingConnection connection, StatementShape shape, StatementOpener opener,
            PreparedStatement raw, String sql) {
        super(connection, shape, opener, raw);
        this.sql = sql;
    }

    private PreparedStatement prepared() throws SQLException {
        return (PreparedStatement) raw();
    }

    @Override
    protected QueryRequest request(String text) {
        if (!binds.isCacheable()) {
            return null;
        }
        QueryRequest plain = super.request(text);
        return new QueryRequest(plain.sql(), binds.snapshot(), plain.maxRows(), plain.maxFieldSize(),
                plain.escapeProcessing());
    }

    /** A call that sets one parameter on the driver's prepared statement. */
    @FunctionalInterface
    private interface ParameterCall {
        void on(PreparedStatement raw) throws SQLException;
    }

    /** Records a parameter for the key and applies it (now or when the driver's statement opens). */
    private void bind(String setter, int index, ParameterCall call, Object... values) throws SQLException {
        for (Object value : values) {
            if (!BindValues.isKeepable(value)) {
                unkeyed(call);
                return;
            }
        }
        binds.set(setter, index, values);
        apply(statement -> call.on((PreparedStatement) statement));
    }

    /** A parameter that cannot be part of a key: it goes to the driver now, and reads are not cached. */
    private void unkeyed(ParameterCall call) throws SQLException {
        binds.setUncacheable();
        call.on(prepared());
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        beginExecution();
        ResultSet rows = cachedRead(sql, () -> prepared().executeQuery());
        return rows != null ? rows : passThrough(sql, () -> own(prepared().executeQuery()));
    }

    @Override
    public boolean execute() throws SQLException {
        beginExecution();
        ResultSet rows = cachedRead(sql, () -> {
            PreparedStatement statement = prepared();
            return statement.execute() ? statement.getResultSet() : null;
        });
        if (rows != null) {
            return true;
        }
        return !ranWithoutResult() && passThrough(sql, () -> prepared().execute());
    }

    /** JDBC forbids the SQL-taking executions on a prepared statement: the driver says so. */
    @Override
    public ResultSet executeQuery(String text) throws SQLException {
        beginExecution();
        return passThrough(text, () -> own(prepared().executeQuery(text)));
    }

    @Override
    public boolean execute(String text) throws SQLException {
        beginExecution();
        return passThrough(text, () -> prepared().execute(text));
    }

    @Override
    public int executeUpdate() throws SQLException {
        beginExecution();
        return write(() -> prepared().executeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        beginExecution();
        return write(() -> prepared().executeLargeUpdate());
    }

    @Override
    public void addBatch() throws SQLException {
        prepared().addBatch();
    }

    @Override
    public void clearParameters() throws SQLException {
        binds.clear();
        apply(statement -> ((PreparedStatement) statement).clearParameters());
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        return prepared().getMetaData();
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        return prepared().getParameterMetaData();
    }

    @Override
    public void setNull(int index, int sqlType) throws SQLException {
        bind("setNull", index, raw -> raw.setNull(index, sqlType), sqlType);
    }

    @Override
    public void setNull(int index, int sqlType, String typeName) throws SQLException {
        bind("setNull", index, raw -> raw.setNull(index, sqlType, typeName), sqlType, typeName);
    }

    @Override
    public void setBoolean(int index, boolean x) throws SQLException {
        bind("setBoolean", index, raw -> raw.setBoolean(index, x), x);
    }

    @Override
    public void setByte(int index, byte x) throws SQLException {
        bind("setByte", index, raw -> raw.setByte(index, x), x);
    }

    @Override
    public void setShort(int index, short x) throws SQLException {
        bind("setShort", index, raw -> raw.setShort(index, x), x);
    }

    @Override
    public void setInt(int index, int x) throws SQLException {
        bind("setInt", index, raw -> raw.setInt(index, x), x);
    }

    @Override
    public void setLong(int index, long x) throws SQLException {
        bind("setLong", index, raw -> raw.setLong(index, x), x);
    }

    @Override
    public void setFloat(int index, float x) throws SQLException {
        bind("setFloat", index, raw -> raw.setFloat(index, x), x);
    }

    @Override
    public void setDouble(int index, double x) throws SQLException {
        bind("setDouble", index, raw -> raw.setDouble(index, x), x);
    }

    @Override
    public void setBigDecimal(int index, BigDecimal x) throws SQLException {
        bind("setBigDecimal", index, raw -> raw.setBigDecimal(index, x), x);
    }

    @Override
    public void setString(int index, String x) throws SQLException {
        bind("setString", index, raw -> raw.setString(index, x), x);
    }

    @Override
    public void setNString(int index, String x) throws SQLException {
        bind("setNString", index, raw -> raw.setNString(index, x), x);
    }

    @Override
    public void setBytes(int index, byte[] x) throws SQLException {
        byte[] kept = (byte[]) BindValues.keptValue(x);
        bind("setBytes", index, raw -> raw.setBytes(index, kept), kept);
    }

    @Override
    public void setDate(int index, Date x) throws SQLException {
        Date kept = (Date) BindValues.keptValue(x);
        bind("setDate", index, raw -> raw.setDate(index, kept), kept);
    }

    @Override
    public void setDate(int index, Date x, Calendar calendar) throws SQLException {
        Date kept = (Date) BindValues.keptValue(x);
        Calendar zone = (Calendar) BindValues.keptValue(calendar);
        bind("setDate", index, raw -> raw.setDate(index, kept, zone), kept, zone);
    }

    @Override
    public void setTime(int index, Time x) throws SQLException {
        Time kept = (Time) BindValues.keptValue(x);
        bind("setTime", index, raw -> raw.setTime(index, kept), kept);
    }

    @Override
    public void setTime(int index, Time x, Calendar calendar) throws SQLException {
        Time kept = (Time) BindValues.keptValue(x);
        Calendar zone = (Calendar) BindValues.keptValue(calendar);
        bind("setTime", index, raw -> raw.setTime(index, kept, zone), kept, zone);
    }

    @Override
    public void setTimestamp(int index, Timestamp x) throws SQLException {
        Timestamp kept = (Timestamp) BindValues.keptValue(x);
        bind("setTimestamp", index, raw -> raw.setTimestamp(index, kept), kept);
    }

    @Override
    public void setTimestamp(int index, Timestamp x, Calendar calendar) throws SQLException {
        Timestamp kept = (Timestamp) BindValues.keptValue(x);
        Calendar zone = (Calendar) BindValues.keptValue(calendar);
        bind("setTimestamp", index, raw -> raw.setTimestamp(index, kept, zone), kept, zone);
    }

    @Override
    public void setObject(int index, Object x) throws SQLException {
        Object kept = BindValues.keptValue(x);
        bind("setObject", index, raw -> raw.setObject(index, kept), kept);
    }

    @Override
    public void setObject(int index, Object x, int targetSqlType) throws SQLException {
        Object kept = BindValues.keptValue(x);
        bind("setObject", index, raw -> raw.setObject(index, kept, targetSqlType), kept, targetSqlType);
    }

    @Override
    public void setObject(int index, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        Object kept = BindValues.keptValue(x);
        bind("setObject", index, raw -> raw.setObject(index, kept, targetSqlType, scaleOrLength), kept, targetSqlType,
                scaleOrLength);
    }

    @Override
    public void setObject(int index, Object x, SQLType targetSqlType) throws SQLException {
        Object kept = BindValues.keptValue(x);
        bind("setObject", index, raw -> raw.setObject(index, kept, targetSqlType), kept, targetSqlType);
    }

    @Override
    public void setObject(int index, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        Object kept = BindValues.keptValue(x);
        bind("setObject", index, raw -> raw.setObject(index, kept, targetSqlType, scaleOrLength), kept, targetSqlType,
                scaleOrLength);
    }

    @Override
    public void setURL(int index, URL x) throws SQLException {
        unkeyed(raw -> raw.setURL(index, x));
    }

    @Override
    public void setAsciiStream(int index, InputStream x, int length) throws SQLException {
        unkeyed(raw -> raw.setAsciiStream(index, x, length));
    }

    @Override
    public void setAsciiStream(int index, InputStream x, long length) throws SQLException {
        unkeyed(raw -> raw.setAsciiStream(index, x, length));
    }

    @Override
    public void setAsciiStream(int index, InputStream x) throws SQLException {
        unkeyed(raw -> raw.setAsciiStream(index, x));
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int index, InputStream x, int length) throws SQLException {
        unkeyed(raw -> raw.setUnicodeStream(index, x, length));
    }

    @Override
    public void setBinaryStream(int index, InputStream x, int length) throws SQLException {
        unkeyed(raw -> raw.setBinaryStream(index, x, length));
    }

    @Override
    public void setBinaryStream(int index, InputStream x, long length) throws SQLException {
        unkeyed(raw -> raw.setBinaryStream(index, x, length));
    }

    @Override
    public void setBinaryStream(int index, InputStream x) throws SQLException {
        unkeyed(raw -> raw.setBinaryStream(index, x));
    }

    @Override
    public void setCharacterStream(int index, Reader reader, int length) throws SQLException {
        unkeyed(raw -> raw.setCharacterStream(index, reader, length));
    }

    @Override
    public void setCharacterStream(int index, Reader reader, long length) throws SQLException {
        unkeyed(raw -> raw.setCharacterStream(index, reader, length));
    }

    @Override
    public void setCharacterStream(int index, Reader reader) throws SQLException {
        unkeyed(raw -> raw.setCharacterStream(index, reader));
    }

    @Override
    public void setNCharacterStream(int index, Reader value, long length) throws SQLException {
        unkeyed(raw -> raw.setNCharacterStream(index, value, length));
    }

    @Override
    public void setNCharacterStream(int index, Reader value) throws SQLException {
        unkeyed(raw -> raw.setNCharacterStream(index, value));
    }

    @Override
    public void setRef(int index, Ref x) throws SQLException {
        unkeyed(raw -> raw.setRef(index, x));
    }

    @Override
    public void setBlob(int index, Blob x) throws SQLException {
        unkeyed(raw -> raw.setBlob(index, x));
    }

    @Override
    public void setBlob(int index, InputStream inputStream, long length) throws SQLException {
        unkeyed(raw -> raw.setBlob(index, inputStream, length));
    }

    @Override
    public void setBlob(int index, InputStream inputStream) throws SQLException {
        unkeyed(raw -> raw.setBlob(index, inputStream));
    }

    @Override
    public void setClob(int index, Clob x) throws SQLException {
        unkeyed(raw -> raw.setClob(index, x));
    }

    @Override
    public void setClob(int index, Reader reader, long length) throws SQLException {
        unkeyed(raw -> raw.setClob(index, reader, length));
    }

    @Override
    public void setClob(int index, Reader reader) throws SQLException {
        unkeyed(raw -> raw.setClob(index, reader));
    }

    @Override
    public void setNClob(int index, NClob value) throws SQLException {
        unkeyed(raw -> raw.setNClob(index, value));
    }

    @Override
    public void setNClob(int index, Reader reader, long length) throws SQLException {
        unkeyed(raw -> raw.setNClob(index, reader, length));
    }

    @Override
    public void setNClob(int index, Reader reader) throws SQLException {
        unkeyed(raw -> raw.setNClob(index, reader));
    }

    @Override
    public void setArray(int index, Array x) throws SQLException {
        unkeyed(raw -> raw.setArray(index, x));
    }

    @Override
    public void setRowId(int index, RowId x) throws SQLException {
        unkeyed(raw -> raw.setRowId(index, x));
    }

    @Override
    public void setSQLXML(int index, SQLXML xmlObject) throws SQLException {
        unkeyed(raw -> raw.setSQLXML(index, xmlObject));
    }
}
