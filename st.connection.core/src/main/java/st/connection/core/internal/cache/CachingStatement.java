package st.connection.core.internal.cache;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A statement whose reads consult the cache. {@code executeQuery} and {@code execute} of a read
 * are answered from it; every other execution runs and then clears the connection's results
 * (read-your-writes). Bind values are recorded as they are set. Callable statements are never
 * answered from the cache. The driver's statement is opened only when something needs it (a miss,
 * a write, a getter): until then settings and binds are recorded and replayed on it, so a hit
 * costs the driver nothing (a Snowflake statement costs microseconds to open and close); the
 * driver's errors for the SQL of a prepared statement come when it first runs. Not thread safe,
 * like the statement it wraps.
 */
final class CachingStatement implements InvocationHandler {

    private static final Set<String> WRITES = Set.of("executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");

    private final CacheBinding binding;
    private final CacheBinding.StatementOpener opener;
    private final String preparedSql;
    private final boolean cacheable;
    private final Connection connectionView;
    private final Consumer<Throwable> failures;
    private final BindValues binds = new BindValues();
    /** Settings and binds to replay on the driver's statement once opened; made at the first one. */
    private List<Deferred> deferred;
    private Statement raw;
    private boolean closedUnopened;
    private int maxRows;
    private ResultSet cachedResult;

    CachingStatement(CacheBinding binding, CacheBinding.StatementOpener opener, String preparedSql, boolean cacheable,
            Connection connectionView, Consumer<Throwable> failures) {
        this.binding = binding;
        this.opener = opener;
        this.preparedSql = preparedSql;
        this.cacheable = cacheable;
        this.connectionView = connectionView;
        this.failures = failures;
    }

    /** A setter called before the driver's statement was opened. */
    private record Deferred(Method method, Object[] args) {
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        switch (name) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "getConnection":
                return connectionView;
            case "unwrap":
                return ((Class<?>) args[0]).isInstance(proxy) ? proxy : forward(method, args);
            case "isWrapperFor":
                return ((Class<?>) args[0]).isInstance(proxy) || (Boolean) forward(method, args);
            case "executeQuery":
                return executeQuery(proxy, method, args);
            case "execute":
                return execute(proxy, method, args);
            case "getResultSet":
                return cachedResult != null ? cachedResult : forward(method, args);
            case "getUpdateCount":
                return cachedResult != null ? -1 : forward(method, args);
            case "getMoreResults":
                if (cachedResult != null) {
                    cachedResult = null;
                    return false;
                }
                return forward(method, args);
            case "close":
                if (raw == null) {
                    closedUnopened = true;
                    return null;
                }
                return forward(method, args);
            case "isClosed":
                return raw == null ? closedUnopened : forward(method, args);
            case "clearParameters":
                binds.clear();
                return forwardOrDefer(method, args);
            case "setMaxRows":
                maxRows = (Integer) args[0];
                return forwardOrDefer(method, args);
            case "setLargeMaxRows":
                maxRows = (int) Math.min(Integer.MAX_VALUE, (Long) args[0]);
                return forwardOrDefer(method, args);
            default:
                if (WRITES.contains(name)) {
                    return write(method, args);
                }
                if (isBindSetter(method, args)) {
                    binds.set(name, args);
                }
                return name.startsWith("set") ? forwardOrDefer(method, args) : forward(method, args);
        }
    }

    private Object executeQuery(Object proxy, Method method, Object[] args) throws Throwable {
        checkNotClosed();
        cachedResult = null;
        String sql = sqlOf(args);
        ResultSet hit = cachedAnswer(proxy, sql);
        if (hit != null) {
            return hit;
        }
        if (isCacheable(sql)) {
            return read(proxy, sql);
        }
        return writeUnlessRead(sql, method, args);
    }

    private Object execute(Object proxy, Method method, Object[] args) throws Throwable {
        checkNotClosed();
        cachedResult = null;
        String sql = sqlOf(args);
        if (args == null || args.length == 1) {
            cachedResult = cachedAnswer(proxy, sql);
            if (cachedResult == null && isCacheable(sql)) {
                cachedResult = read(proxy, sql);
            }
            if (cachedResult != null) {
                return true;
            }
        }
        return writeUnlessRead(sql, method, args);
    }

    /**
     * Looks the statement up before classifying its SQL: only reads are ever cached, so a hit
     * proves it is one, and the classification is paid only on a miss.
     *
     * @return the cached answer, or {@code null}
     */
    private ResultSet cachedAnswer(Object proxy, String sql) {
        return cacheable && sql != null && binds.isCacheable()
                ? binding.context().cache().cached(key(sql), binding.counters(), (Statement) proxy)
                : null;
    }

    private ResultSet read(Object proxy, String sql) throws SQLException {
        return binding.context().cache().query(key(sql), binding.ttlSeconds(), binding.counters(), () -> runQuery(sql),
                (Statement) proxy);
    }

    private QueryKey key(String sql) {
        return new QueryKey(binding.scope(), binding.context().id(), binding.context().generation(), sql,
                binds.snapshot(), maxRows);
    }

    private ResultSet runQuery(String sql) throws SQLException {
        try {
            Statement opened = raw();
            return preparedSql != null ? ((PreparedStatement) opened).executeQuery() : opened.executeQuery(sql);
        } catch (SQLException e) {
            failures.accept(e);
            throw e;
        }
    }

    /** A hit needs no driver statement, so a closed one that was never opened must say so itself. */
    private void checkNotClosed() throws SQLException {
        if (closedUnopened) {
            throw new SQLException("The statement is closed", "HY010");
        }
    }

    /** @return the driver's statement, opened now (with the settings and binds recorded so far) if need be */
    private Statement raw() throws SQLException {
        if (raw == null) {
            checkNotClosed();
            raw = opener.open();
            for (Deferred call : deferred == null ? List.<Deferred>of() : deferred) {
                try {
                    call.method().invoke(raw, call.args());
                } catch (ReflectiveOperationException e) {
                    throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
                }
            }
            deferred = null;
        }
        return raw;
    }

    private Object forwardOrDefer(Method method, Object[] args) throws Throwable {
        if (raw == null && method.getReturnType() == void.class && !closedUnopened) {
            if (deferred == null) {
                deferred = new ArrayList<>();
            }
            deferred.add(new Deferred(method, BindValues.copiesOf(args)));
            return null;
        }
        return forward(method, args);
    }

    private Object writeUnlessRead(String sql, Method method, Object[] args) throws Throwable {
        return cacheable && SqlClassifier.isRead(sql) ? forward(method, args) : write(method, args);
    }

    private Object write(Method method, Object[] args) throws Throwable {
        try {
            return forward(method, args);
        } finally {
            binding.connectionChanged();
        }
    }

    private boolean isCacheable(String sql) {
        return cacheable && binds.isCacheable() && SqlClassifier.isRead(sql);
    }

    private String sqlOf(Object[] args) {
        return args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql;
    }

    private static boolean isBindSetter(Method method, Object[] args) {
        return method.getName().startsWith("set") && args != null && args.length >= 2
                && method.getParameterTypes()[0] == int.class
                && PreparedStatement.class.isAssignableFrom(method.getDeclaringClass());
    }

    private Object forward(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(raw(), args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException) {
                failures.accept(cause);
            }
            throw cause;
        }
    }
}
