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

/**
 * The view of a shared or personal JDBC connection handed to callers. It forwards every call,
 * reports an {@link SQLException} from the connection or its statements to the managed handle
 * (so the next {@code get()} checks liveness at once), ignores {@code close()} and
 * {@code abort()} on the connection (the platform owns it) and keeps {@code getConnection()} of
 * its statements pointing at the view, and hands out the driver's result sets as
 * {@link JdbcViewResultSet}s, whose {@code getStatement()} is the view too.
 *
 * <p>The view of a shared connection also refuses what would change the connection for every
 * other caller ({@link SharedSessionRule}): session setters such as {@code setAutoCommit(false)} and
 * SQL such as {@code USE} or {@code ALTER SESSION}. Refusals are not reported as failures: the
 * connection is fine.
 */
final class JdbcView implements InvocationHandler {

    private static final Set<Class<?>> WRAPPED = Set.of(Statement.class, PreparedStatement.class,
            CallableStatement.class, DatabaseMetaData.class);
    private static final Set<String> OWNED_BY_PLATFORM = Set.of("close", "abort");

    private final Object target;
    /** The driver's connection {@code target} belongs to. */
    private final Connection raw;
    private final Connection connectionView;
    private final FailureListener failures;
    /** {@code null} for a personal connection, whose owner may change it as they like. */
    private final SharedSessionRule rule;

    private JdbcView(Object target, Connection raw, Connection connectionView, FailureListener failures,
            SharedSessionRule rule) {
        this.target = target;
        this.raw = raw;
        this.connectionView = connectionView;
        this.failures = failures;
        this.rule = rule;
    }

    /** @return the view of a personal connection */
    static Connection connection(Connection raw, FailureListener failures) {
        return JdbcProxies.of(Connection.class, new JdbcView(raw, raw, null, failures, null));
    }

    /** @return the view of a shared connection, which refuses to change the session every caller shares */
    static Connection sharedConnection(Connection raw, FailureListener failures, String name) {
        return JdbcProxies.of(Connection.class, new JdbcView(raw, raw, null, failures, new SharedSessionRule(name)));
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
        if (rule != null) {
            rule.check(isConnection, method, args);
        }
        Object result = forward(method, args);
        if (result instanceof ResultSet rows) {
            return new JdbcViewResultSet(rows, proxy instanceof Statement statement ? statement : null, raw, failures);
        }
        return result != null && WRAPPED.contains(method.getReturnType())
                ? JdbcProxies.of(method.getReturnType(), new JdbcView(result, raw, connection, failures, rule))
                : result;
    }

    private Object forward(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException && ClosedUnderTheCall.happened(raw)) {
                cause = ClosedUnderTheCall.exception(cause);
            }
            if (cause instanceof SQLException) {
                failures.failed(cause);
            }
            throw cause;
        }
    }
}
