package st.connection.cache.jdbc.internal;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import st.connection.api.cache.ConnectionCache;
import st.connection.api.jdbc.ResultReplay;

/**
 * A JDBC connection whose reads are answered from the cache: the statements it creates are
 * {@link CachingStatement}s; statements that can write through their results (updatable ones,
 * calls) and every change of the session's state ({@code setSchema}, {@code setCatalog},
 * {@code rollback}, the isolation level) go to the connection and then invalidate the cache, so
 * no result read before them is served after. Everything else is the connection's own.
 *
 * <p>Statements are opened on the driver only when needed (a cache hit needs none). What the
 * driver answered when it first opened a statement of a kind (its result set type, concurrency
 * and holdability; that it accepted the SQL of a prepared statement) is remembered here, so a
 * later statement of that kind can answer the same without opening one, and errors still come
 * from the driver where they came before.
 *
 * <p><b>Threading.</b> As thread safe as the connection it decorates.
 */
final class CachingConnection implements Connection {

    /** Beyond this many remembered prepared statements, the memory starts again. */
    private static final int MAX_REMEMBERED = 10_000;

    private final Connection connection;
    private final ConnectionCache cache;
    private final ReplayRegistry replays;
    private final Map<List<Object>, StatementShape> shapes = new ConcurrentHashMap<>();
    private final Set<List<Object>> acceptedSql = ConcurrentHashMap.newKeySet();
    private volatile ReplayRegistry.Choice replay;

    CachingConnection(Connection connection, ConnectionCache cache, ReplayRegistry replays) {
        this.connection = connection;
        this.cache = cache;
        this.replays = replays;
    }

    ConnectionCache cache() {
        return cache;
    }

    /** @return the replay of this connection's driver, or {@code null} if there is none (said once) */
    ResultReplay replay() throws SQLException {
        ReplayRegistry.Choice chosen = replay;
        if (chosen == null || !replays.isCurrent(chosen)) {
            chosen = replays.choose(connection);
            replay = chosen;
            if (chosen.replay() == null) {
                cache.unsupported("a JDBC driver whose results can be kept exactly; there is no result replay "
                        + "for " + chosen.driver() + ", so its results are not cached (H2 and Snowflake have one)");
            }
        }
        return chosen.replay();
    }

    /**
     * @return how this connection's results are written for other nodes sharing the cache, or
     *     {@code null} if the replay writes none for it (its results then stay on this node)
     */
    PortableQuery portableForm(ResultReplay chosen) {
        try {
            String form = chosen.portableForm(connection);
            return form == null ? null : new PortableQuery(chosen, form, connection);
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /** The data or the session's state may have changed: nothing cached before is served again. */
    void invalidate() {
        cache.invalidate();
    }

    @Override
    public Statement createStatement() throws SQLException {
        return statement(List.of(), connection::createStatement);
    }

    @Override
    public Statement createStatement(int type, int concurrency) throws SQLException {
        if (concurrency == ResultSet.CONCUR_UPDATABLE) {
            return WritingStatements.statement(connection.createStatement(type, concurrency), this);
        }
        return statement(List.of(type, concurrency), () -> connection.createStatement(type, concurrency));
    }

    @Override
    public Statement createStatement(int type, int concurrency, int holdability) throws SQLException {
        if (concurrency == ResultSet.CONCUR_UPDATABLE) {
            return WritingStatements.statement(connection.createStatement(type, concurrency, holdability), this);
        }
        return statement(List.of(type, concurrency, holdability),
                () -> connection.createStatement(type, concurrency, holdability));
    }

    private Statement statement(List<Object> kind, StatementOpener opener) throws SQLException {
        StatementShape shape = shapes.get(kind);
        if (shape != null) {
            return new CachingStatement(this, shape, opener, null);
        }
        Statement raw = opener.open();
        shape = StatementShape.of(raw);
        if (shape.isUpdatable()) {
            return WritingStatements.statement(raw, this);
        }
        shapes.put(kind, shape);
        return new CachingStatement(this, shape, opener, raw);
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        return prepared(sql, List.of(), () -> connection.prepareStatement(sql));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int type, int concurrency) throws SQLException {
        if (concurrency == ResultSet.CONCUR_UPDATABLE) {
            return WritingStatements.prepared(connection.prepareStatement(sql, type, concurrency), this);
        }
        return prepared(sql, List.of(type, concurrency), () -> connection.prepareStatement(sql, type, concurrency));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int type, int concurrency, int holdability)
            throws SQLException {
        if (concurrency == ResultSet.CONCUR_UPDATABLE) {
            return WritingStatements.prepared(connection.prepareStatement(sql, type, concurrency, holdability), this);
        }
        return prepared(sql, List.of(type, concurrency, holdability),
                () -> connection.prepareStatement(sql, type, concurrency, holdability));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        return prepared(sql, List.of("keys", autoGeneratedKeys), () -> connection.prepareStatement(sql, autoGeneratedKeys));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        int[] indexes = columnIndexes == null ? null : columnIndexes.clone();
        return prepared(sql, List.of("indexes", java.util.Arrays.toString(indexes)),
                () -> connection.prepareStatement(sql, indexes));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        String[] names = columnNames == null ? null : columnNames.clone();
        return prepared(sql, List.of("names", java.util.Arrays.toString(names)),
                () -> connection.prepareStatement(sql, names));
    }

    private PreparedStatement prepared(String sql, List<Object> variant, StatementOpener opener) throws SQLException {
        List<Object> kind = List.of(sql == null ? "" : sql, variant);
        List<Object> shapeKind = List.of("prepared", variant);
        StatementShape shape = shapes.get(shapeKind);
        if (shape != null && acceptedSql.contains(kind)) {
            return new CachingPreparedStatement(this, shape, opener, null, sql);
        }
        PreparedStatement raw = (PreparedStatement) opener.open();
        shape = StatementShape.of(raw);
        if (shape.isUpdatable()) {
            return WritingStatements.prepared(raw, this);
        }
        shapes.put(shapeKind, shape);
        if (acceptedSql.size() >= MAX_REMEMBERED) {
            acceptedSql.clear();
        }
        acceptedSql.add(kind);
        return new CachingPreparedStatement(this, shape, opener, raw, sql);
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        return WritingStatements.callable(connection.prepareCall(sql), this);
    }

    @Override
    public CallableStatement prepareCall(String sql, int type, int concurrency) throws SQLException {
        return WritingStatements.callable(connection.prepareCall(sql, type, concurrency), this);
    }

    @Override
    public CallableStatement prepareCall(String sql, int type, int concurrency, int holdability) throws SQLException {
        return WritingStatements.callable(connection.prepareCall(sql, type, concurrency, holdability), this);
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        try {
            connection.setSchema(schema);
        } finally {
            invalidate();
        }
    }

    @Override
    public void setCatalog(String catalog) throws SQLException {
        try {
            connection.setCatalog(catalog);
        } finally {
            invalidate();
        }
    }

    @Override
    public void rollback() throws SQLException {
        try {
            connection.rollback();
        } finally {
            invalidate();
        }
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        try {
            connection.rollback(savepoint);
        } finally {
            invalidate();
        }
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        try {
            connection.setTransactionIsolation(level);
        } finally {
            invalidate();
        }
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        connection.setHoldability(holdability);
        shapes.clear();
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        return WritingStatements.metaData(connection.getMetaData(), this);
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        return connection.nativeSQL(sql);
    }

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        connection.setAutoCommit(autoCommit);
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        return connection.getAutoCommit();
    }

    @Override
    public void commit() throws SQLException {
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    @Override
    public boolean isClosed() throws SQLException {
        return connection.isClosed();
    }

    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        connection.setReadOnly(readOnly);
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        return connection.isReadOnly();
    }

    @Override
    public String getCatalog() throws SQLException {
        return connection.getCatalog();
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        return connection.getTransactionIsolation();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return connection.getWarnings();
    }

    @Override
    public void clearWarnings() throws SQLException {
        connection.clearWarnings();
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        return connection.getTypeMap();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        connection.setTypeMap(map);
    }

    @Override
    public int getHoldability() throws SQLException {
        return connection.getHoldability();
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        return connection.setSavepoint();
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        return connection.setSavepoint(name);
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        connection.releaseSavepoint(savepoint);
    }

    @Override
    public Clob createClob() throws SQLException {
        return connection.createClob();
    }

    @Override
    public Blob createBlob() throws SQLException {
        return connection.createBlob();
    }

    @Override
    public NClob createNClob() throws SQLException {
        return connection.createNClob();
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        return connection.createSQLXML();
    }

    @Override
    public boolean isValid(int timeout) throws SQLException {
        return connection.isValid(timeout);
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        connection.setClientInfo(name, value);
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        connection.setClientInfo(properties);
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        return connection.getClientInfo(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        return connection.getClientInfo();
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        return connection.createArrayOf(typeName, elements);
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        return connection.createStruct(typeName, attributes);
    }

    @Override
    public String getSchema() throws SQLException {
        return connection.getSchema();
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        connection.abort(executor);
    }

    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        connection.setNetworkTimeout(executor, milliseconds);
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        return connection.getNetworkTimeout();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : connection.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || connection.isWrapperFor(type);
    }

    @Override
    public String toString() {
        return "CachingConnection[" + cache + "]";
    }
}
