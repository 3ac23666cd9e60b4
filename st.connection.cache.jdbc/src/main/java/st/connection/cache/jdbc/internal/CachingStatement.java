package st.connection.cache.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import st.connection.api.cache.CacheControl;
import st.connection.api.cache.ConnectionCache;
import st.connection.api.cache.LoadOptions;
import st.connection.api.cache.SqlReads;
import st.connection.api.jdbc.CapturedResult;
import st.connection.api.jdbc.ResultReplay;

/**
 * A statement whose reads consult the cache. A cacheable read ({@link SqlReads}) is answered
 * from the cache, or runs once for all identical concurrent callers and is captured by the
 * driver's {@link ResultReplay}; anything else runs on the driver's statement, and whatever is not
 * a read then invalidates the cache.
 *
 * <p>The driver's statement is opened only when something needs it (a miss, a write, a getter the
 * statement cannot answer itself): until then settings and parameters are recorded and applied
 * when it opens, so a hit costs the driver nothing. Settings outside what JDBC allows go to the
 * driver at once, so its errors come where they would without a cache.
 *
 * <p>A statement waiting for an identical query another caller runs keeps its own
 * {@link #setQueryTimeout query timeout}, and stops on {@link #cancel()} or an interrupt.
 *
 * <p>Not thread safe, like the statement it decorates; {@link #cancel()} may come from any thread.
 */
class CachingStatement implements Statement, CacheControl {

    /** The SQLState of a cancelled or timed-out statement ("query canceled"), as drivers use it. */
    static final String QUERY_CANCELED = "57014";

    protected final CachingConnection connection;
    private final StatementShape shape;
    private final StatementOpener opener;
    private volatile Statement raw;
    /** Settings and parameters to apply on the driver's statement once it is opened; made at the first. */
    private List<SqlCall> deferred;
    private boolean closed;
    private long maxRows;
    private int maxFieldSize;
    private int queryTimeoutSeconds;
    private boolean escapeProcessing = true;
    private boolean closeOnCompletion;
    private Mode mode = Mode.USE;
    private Duration ttl;
    /** The result of the last execution, when this statement answered it (not the driver's statement). */
    private ResultSet current;
    private boolean answeredHere;
    /** The last execution went to the driver as a read but had no result set: its update count is the driver's. */
    private boolean ranWithoutResult;

    private volatile boolean cancelRequested;
    private volatile CompletableFuture<Void> cancelSignal;

    /**
     * @param shape what the driver answers for this kind of statement
     * @param opener opens the driver's statement
     * @param raw the driver's statement if already open, else {@code null}
     */
    CachingStatement(CachingConnection connection, StatementShape shape, StatementOpener opener, Statement raw) {
        this.connection = connection;
        this.shape = shape;
        this.opener = opener;
        this.raw = raw;
    }

    /** @return the driver's statement, opened now (with what was recorded so far) if need be */
    protected final Statement raw() throws SQLException {
        Statement opened = raw;
        if (opened == null) {
            opened = opener.open();
            try {
                if (deferred != null) {
                    for (SqlCall call : deferred) {
                        call.on(opened);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                opened.close();
                throw e;
            }
            deferred = null;
            raw = opened;
            if (closed) {
                opened.close();
            }
        }
        return opened;
    }

    /** Applies a setting or parameter now, or when the driver's statement opens. */
    protected final void apply(SqlCall call) throws SQLException {
        if (raw == null && !closed) {
            if (deferred == null) {
                deferred = new ArrayList<>();
            }
            deferred.add(call);
        } else {
            call.on(raw());
        }
    }

    /** @return the driver's result set as this statement's, or {@code null} */
    protected final ResultSet own(ResultSet driverRows) {
        return WritingStatements.resultSet(driverRows, this, null);
    }

    /** @return the request a read of this SQL is cached under, or {@code null} if it cannot be cached */
    protected QueryRequest request(String sql) {
        return new QueryRequest(sql, List.of(), maxRows, maxFieldSize, escapeProcessing);
    }

    /** Starts an execution: the previous result is closed, a cancel meant for it is forgotten. */
    protected final void beginExecution() throws SQLException {
        if (current != null) {
            current.close();
            current = null;
        }
        answeredHere = false;
        ranWithoutResult = false;
        cancelRequested = false;
        cancelSignal = null;
    }

    /** A supplier of the driver's result set that may throw {@link SQLException}. */
    @FunctionalInterface
    protected interface DriverRead {
        /** @return the result set, or {@code null} when the execution had none (an update count) */
        ResultSet run() throws SQLException;
    }

    /**
     * Answers a read from the cache, or runs it once for all identical concurrent callers.
     *
     * @return the result, or {@code null} when this is not a cacheable read here (run it on the
     *     driver's statement instead) or when it ran and had no result set ({@link #ranWithoutResult})
     */
    protected final ResultSet cachedRead(String sql, DriverRead run) throws SQLException {
        if (closed) {
            return null;
        }
        QueryRequest request = request(sql);
        if (request == null) {
            return null;
        }
        ConnectionCache cache = connection.cache();
        if (mode == Mode.USE) {
            CachedQuery hit = cache.get(request);
            if (hit != null) {
                return answered(hit.serve(this));
            }
        }
        if (!SqlReads.isCacheableRead(sql) || !cache.isActive()) {
            return null;
        }
        ResultReplay replay = connection.replay();
        if (replay == null) {
            return null;
        }
        Served served = new Served();
        PortableQuery form = connection.portableForm(replay);
        CachedQuery loaded = form == null ? cache.load(request, () -> capture(replay, run, served), loadOptions())
                : cache.load(request, () -> capture(replay, run, served), loadOptions(), form);
        if (loaded != null) {
            return answered(loaded.serve(this));
        }
        if (served.rows == null) {
            ranWithoutResult = served.executed;
            return null;
        }
        return answered(served.rows);
    }

    /** What a load served its own caller when it cached nothing. */
    /** @return whether the last execution ran on the driver as a read and had no result set */
    protected final boolean ranWithoutResult() {
        return ranWithoutResult;
    }

    private static final class Served {
        ResultSet rows;
        boolean executed;
    }

    private CachedQuery capture(ResultReplay replay, DriverRead run, Served served) throws SQLException {
        ResultSet driverRows = run.run();
        served.executed = true;
        if (driverRows == null) {
            return null;
        }
        CapturedResult captured = replay.capture(driverRows, connection.cache().maxRows());
        if (captured == null) {
            served.rows = own(driverRows);
            return null;
        }
        if (!captured.isComplete()) {
            served.rows = replay.replay(captured, this);
            return null;
        }
        driverRows.close();
        return new CachedQuery(replay, captured);
    }

    private ResultSet answered(ResultSet rows) {
        current = rows;
        answeredHere = true;
        return rows;
    }

    private LoadOptions<SQLException> loadOptions() {
        return LoadOptions.<SQLException>defaults().withMode(mode).withTtl(ttl).withWaiting(this::awaitIdentical);
    }

    /** Waits for the identical query another caller runs, within this statement's own timeout. */
    private boolean awaitIdentical(Future<?> other) throws SQLException {
        CompletableFuture<Void> signal = new CompletableFuture<>();
        cancelSignal = signal;
        if (cancelRequested) {
            throw cancelled();
        }
        CompletableFuture<Object> either = CompletableFuture.anyOf((CompletableFuture<?>) other, signal);
        try {
            if (queryTimeoutSeconds > 0) {
                either.get(queryTimeoutSeconds, TimeUnit.SECONDS);
            } else {
                either.get();
            }
        } catch (TimeoutException e) {
            throw new SQLTimeoutException("The query timed out after " + queryTimeoutSeconds + " seconds, waiting "
                    + "for the same query run by another caller", QUERY_CANCELED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("The query was interrupted while waiting for the same query run by another caller",
                    QUERY_CANCELED, e);
        } catch (ExecutionException e) {
            return false;
        }
        if (signal.isDone()) {
            throw cancelled();
        }
        return true;
    }

    private static SQLException cancelled() {
        return new SQLException("The query was cancelled", QUERY_CANCELED);
    }

    /** Runs something that is not a cacheable read on the driver's statement; invalidates unless it only reads. */
    protected final <T> T passThrough(String sql, DriverCall<T> call) throws SQLException {
        try {
            return call.run();
        } finally {
            if (!SqlReads.isRead(sql)) {
                connection.invalidate();
            }
        }
    }

    /** Runs a write on the driver's statement, then invalidates the cache whatever happened. */
    protected final <T> T write(DriverCall<T> call) throws SQLException {
        try {
            return call.run();
        } finally {
            connection.invalidate();
        }
    }

    /** A call on the driver that may throw {@link SQLException}. */
    @FunctionalInterface
    protected interface DriverCall<T> {
        T run() throws SQLException;
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        beginExecution();
        ResultSet rows = cachedRead(sql, () -> raw().executeQuery(sql));
        return rows != null ? rows : passThrough(sql, () -> own(raw().executeQuery(sql)));
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        beginExecution();
        ResultSet rows = cachedRead(sql, () -> {
            Statement statement = raw();
            return statement.execute(sql) ? statement.getResultSet() : null;
        });
        if (rows != null) {
            return true;
        }
        return !ranWithoutResult && passThrough(sql, () -> raw().execute(sql));
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        beginExecution();
        return passThrough(sql, () -> raw().execute(sql, autoGeneratedKeys));
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        beginExecution();
        return passThrough(sql, () -> raw().execute(sql, columnIndexes));
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        beginExecution();
        return passThrough(sql, () -> raw().execute(sql, columnNames));
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        beginExecution();
        return write(() -> raw().executeUpdate(sql));
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        beginExecution();
        return write(() -> raw().executeUpdate(sql, autoGeneratedKeys));
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        beginExecution();
        return write(() -> raw().executeUpdate(sql, columnIndexes));
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        beginExecution();
        return write(() -> raw().executeUpdate(sql, columnNames));
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        beginExecution();
        return write(() -> raw().executeLargeUpdate(sql));
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        beginExecution();
        return write(() -> raw().executeLargeUpdate(sql, autoGeneratedKeys));
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
        beginExecution();
        return write(() -> raw().executeLargeUpdate(sql, columnIndexes));
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        beginExecution();
        return write(() -> raw().executeLargeUpdate(sql, columnNames));
    }

    @Override
    public int[] executeBatch() throws SQLException {
        beginExecution();
        return write(() -> raw().executeBatch());
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        beginExecution();
        return write(() -> raw().executeLargeBatch());
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        raw().addBatch(sql);
    }

    @Override
    public void clearBatch() throws SQLException {
        raw().clearBatch();
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        if (answeredHere && !closed) {
            return current;
        }
        return own(raw().getResultSet());
    }

    @Override
    public int getUpdateCount() throws SQLException {
        return answeredHere && !closed ? -1 : raw().getUpdateCount();
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        return answeredHere && !closed ? -1 : raw().getLargeUpdateCount();
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return getMoreResults(CLOSE_CURRENT_RESULT);
    }

    @Override
    public boolean getMoreResults(int keep) throws SQLException {
        if (answeredHere && !closed) {
            if (keep != KEEP_CURRENT_RESULT && current != null) {
                current.close();
            }
            current = null;
            return false;
        }
        return raw().getMoreResults(keep);
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        return own(raw().getGeneratedKeys());
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (current != null) {
                current.close();
                current = null;
            }
        } finally {
            Statement opened = raw;
            if (opened != null) {
                opened.close();
            }
        }
    }

    @Override
    public boolean isClosed() throws SQLException {
        if (!closed && closeOnCompletion && current != null && current.isClosed()) {
            close();
        }
        Statement opened = raw;
        return closed || opened != null && opened.isClosed();
    }

    @Override
    public void cancel() throws SQLException {
        cancelRequested = true;
        CompletableFuture<Void> signal = cancelSignal;
        if (signal != null) {
            signal.complete(null);
        }
        Statement opened = raw;
        if (opened != null) {
            opened.cancel();
        }
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        return raw().getMaxFieldSize();
    }

    @Override
    public void setMaxFieldSize(int max) throws SQLException {
        if (max < 0) {
            raw().setMaxFieldSize(max);
        }
        apply(statement -> statement.setMaxFieldSize(max));
        maxFieldSize = max;
    }

    @Override
    public int getMaxRows() throws SQLException {
        return raw().getMaxRows();
    }

    @Override
    public void setMaxRows(int max) throws SQLException {
        if (max < 0) {
            raw().setMaxRows(max);
        }
        apply(statement -> statement.setMaxRows(max));
        maxRows = max;
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        return raw().getLargeMaxRows();
    }

    @Override
    public void setLargeMaxRows(long max) throws SQLException {
        if (max < 0) {
            raw().setLargeMaxRows(max);
        }
        apply(statement -> statement.setLargeMaxRows(max));
        maxRows = max;
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        apply(statement -> statement.setEscapeProcessing(enable));
        escapeProcessing = enable;
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        return raw().getQueryTimeout();
    }

    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        if (seconds < 0) {
            raw().setQueryTimeout(seconds);
        }
        apply(statement -> statement.setQueryTimeout(seconds));
        queryTimeoutSeconds = seconds;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return raw == null && !closed ? null : raw().getWarnings();
    }

    @Override
    public void clearWarnings() throws SQLException {
        if (raw != null || closed) {
            raw().clearWarnings();
        }
    }

    @Override
    public void setCursorName(String name) throws SQLException {
        apply(statement -> statement.setCursorName(name));
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        if (direction != ResultSet.FETCH_FORWARD && direction != ResultSet.FETCH_REVERSE
                && direction != ResultSet.FETCH_UNKNOWN) {
            raw().setFetchDirection(direction);
        }
        apply(statement -> statement.setFetchDirection(direction));
    }

    @Override
    public int getFetchDirection() throws SQLException {
        return raw().getFetchDirection();
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        if (rows < 0) {
            raw().setFetchSize(rows);
        }
        apply(statement -> statement.setFetchSize(rows));
    }

    @Override
    public int getFetchSize() throws SQLException {
        return raw().getFetchSize();
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        return closed ? raw().getResultSetConcurrency() : shape.concurrency();
    }

    @Override
    public int getResultSetType() throws SQLException {
        return closed ? raw().getResultSetType() : shape.type();
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        return closed ? raw().getResultSetHoldability() : shape.holdability();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return closed ? raw().getConnection() : connection;
    }

    @Override
    public void setPoolable(boolean poolable) throws SQLException {
        apply(statement -> statement.setPoolable(poolable));
    }

    @Override
    public boolean isPoolable() throws SQLException {
        return raw().isPoolable();
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        apply(Statement::closeOnCompletion);
        closeOnCompletion = true;
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        return raw().isCloseOnCompletion();
    }

    @Override
    public String enquoteLiteral(String value) throws SQLException {
        return raw().enquoteLiteral(value);
    }

    @Override
    public String enquoteIdentifier(String identifier, boolean alwaysQuote) throws SQLException {
        return raw().enquoteIdentifier(identifier, alwaysQuote);
    }

    @Override
    public boolean isSimpleIdentifier(String identifier) throws SQLException {
        return raw().isSimpleIdentifier(identifier);
    }

    @Override
    public String enquoteNCharLiteral(String value) throws SQLException {
        return raw().enquoteNCharLiteral(value);
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : raw().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || raw().isWrapperFor(type);
    }

    @Override
    public CacheControl mode(Mode newMode) {
        mode = java.util.Objects.requireNonNull(newMode, "mode");
        return this;
    }

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public CacheControl ttl(Duration newTtl) {
        if (newTtl != null && (newTtl.isZero() || newTtl.isNegative())) {
            throw new IllegalArgumentException("A time to live must be more than zero, was " + newTtl);
        }
        ttl = newTtl;
        return this;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + connection.cache() + (raw == null ? ", not opened" : "") + "]";
    }
}
