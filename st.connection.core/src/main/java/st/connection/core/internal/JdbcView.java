package st.connection.core.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import st.connection.core.internal.cache.CacheBinding;

/**
 * The view of a shared or personal JDBC connection handed to callers. It forwards every call,
 * reports an {@link SQLException} from the connection or its statements to the managed handle
 * (so the next {@code get()} checks liveness at once), ignores {@code close()} and
 * {@code abort()} on the connection (the platform owns it) and keeps {@code getConnection()} of
 * its statements pointing at the view. Result sets are not wrapped, to keep reads at full speed.
 */
final class JdbcView implements InvocationHandler {

    private static final Set<Class<?>> WRAPPED = Set.of(Statement.class, PreparedStatement.class,
            CallableStatement.class, DatabaseMetaData.class);
    private static final Set<String> OWNED_BY_PLATFORM = Set.of("close", "abort");

    private static final Set<String> CONTEXT_CHANGES = Set.of("setCatalog", "setSchema", "rollback");

    private final Object target;
    private final Connection connectionView;
    private final FailureListener failures;
    private final CacheBinding cache;

    private JdbcView(Object target, Connection connectionView, FailureListener failures, CacheBinding cache) {
        this.target = target;
        this.connectionView = connectionView;
        this.failures = failures;
        this.cache = cache;
    }

    static Connection connection(Connection raw, FailureListener failures) {
        return connection(raw, failures, null);
    }

    /** @param cache how reads are cached, or {@code null} for no caching */
    static Connection connection(Connection raw, FailureListener failures, CacheBinding cache) {
        return JdbcProxies.of(Connection.class, new JdbcView(raw, null, failures, cache));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        boolean isConnection = connectionView == null;
        Connection connection = isConnection ? (Connection) proxy : connectionView;
        switch (method.getName()) {
            case "equals":
                return args.length == 1 && proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "getConnection":
                if (method.getParameterCount() == 0) {
                    return connection;
                }
                break;
            case "unwrap":
                if (((Class<?>) args[0]).isInstance(proxy)) {
                    return proxy;
                }
                break;
            case "isWrapperFor":
                if (((Class<?>) args[0]).isInstance(proxy)) {
                    return true;
                }
                break;
            default:
                if (isConnection && OWNED_BY_PLATFORM.contains(method.getName())) {
                    return null;
                }
                break;
        }
        if (cache != null && isConnection && Statement.class.isAssignableFrom(method.getReturnType())
                && isReadOnly(method, args)) {
            Object[] arguments = args == null ? null : args.clone();
            return cache.statement(() -> openStatement(method, arguments),
                    method.getReturnType().asSubclass(Statement.class),
                    method.getName().equals("prepareStatement") ? (String) args[0] : null, connection,
                    failures::failed);
        }
        Object result = forward(method, args);
        if (cache != null && isConnection && CONTEXT_CHANGES.contains(method.getName())) {
            cache.connectionChanged();
        }
        return result != null && WRAPPED.contains(method.getReturnType())
                ? JdbcProxies.of(method.getReturnType(), new JdbcView(result, connection, failures, null))
                : result;
    }

    /** Statements asked for as updatable ({@code CONCUR_UPDATABLE}) are not cached. */
    private static boolean isReadOnly(Method method, Object[] args) {
        int concurrencyAt = method.getName().equals("createStatement") ? 1 : 2;
        return args == null || args.length <= concurrencyAt || !(args[concurrencyAt] instanceof Integer concurrency)
                || concurrency != ResultSet.CONCUR_UPDATABLE;
    }

    /** The driver's statement for a caching one, opened when it is first needed. */
    private Statement openStatement(Method method, Object[] args) throws SQLException {
        try {
            return (Statement) forward(method, args);
        } catch (SQLException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new SQLException(e);
        }
    }

    private Object forward(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException) {
                failures.failed(cause);
            }
            throw cause;
        }
    }
}
