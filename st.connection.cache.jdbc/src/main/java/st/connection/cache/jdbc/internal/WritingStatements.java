package st.connection.cache.jdbc.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;

/**
 * The driver's objects that a caching connection hands out as they are, except that they point
 * back to the caching connection and that whatever may write through them invalidates the cache:
 * statements created {@code CONCUR_UPDATABLE} and callable statements (every execution, and the
 * row changes of their result sets), and pass-through result sets of caching statements (their
 * {@code getStatement()}). Made with dynamic proxies: none of these is on a cache hit's path.
 */
final class WritingStatements {

    private static final Set<String> ROW_WRITES = Set.of("updateRow", "insertRow", "deleteRow");

    private WritingStatements() {
    }

    static Statement statement(Statement raw, CachingConnection connection) {
        return proxy(Statement.class, raw, new Writing(raw, connection));
    }

    static PreparedStatement prepared(PreparedStatement raw, CachingConnection connection) {
        return proxy(PreparedStatement.class, raw, new Writing(raw, connection));
    }

    static CallableStatement callable(CallableStatement raw, CachingConnection connection) {
        return proxy(CallableStatement.class, raw, new Writing(raw, connection));
    }

    /** @return the driver's metadata, whose {@code getConnection()} answers the caching connection */
    static DatabaseMetaData metaData(DatabaseMetaData raw, CachingConnection connection) {
        return proxy(DatabaseMetaData.class, raw, (proxy, method, args) ->
                method.getName().equals("getConnection") && method.getParameterCount() == 0 ? connection
                        : invoke(raw, method, args));
    }

    /**
     * @param owner what {@code getStatement()} answers
     * @param onRowWrite run after a row was updated, inserted or deleted through the result set,
     *     or {@code null} for a read-only one
     * @return the driver's result set as the owner's, or {@code null} for none
     */
    static ResultSet resultSet(ResultSet raw, Statement owner, Runnable onRowWrite) {
        if (raw == null) {
            return null;
        }
        return proxy(ResultSet.class, raw, (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("getStatement")) {
                return owner;
            }
            if (onRowWrite != null && ROW_WRITES.contains(name)) {
                try {
                    return invoke(raw, method, args);
                } finally {
                    onRowWrite.run();
                }
            }
            return invoke(raw, method, args);
        });
    }

    /** Forwards to a statement; invalidates after executions; its result sets point back to the proxy. */
    private static final class Writing implements InvocationHandler {

        private final Statement raw;
        private final CachingConnection connection;

        Writing(Statement raw, CachingConnection connection) {
            this.raw = raw;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("equals")) {
                return proxy == args[0];
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (name.equals("getConnection")) {
                return connection;
            }
            if (name.startsWith("execute")) {
                try {
                    return ownResults(proxy, WritingStatements.invoke(raw, method, args));
                } finally {
                    connection.invalidate();
                }
            }
            return ownResults(proxy, WritingStatements.invoke(raw, method, args));
        }

        private Object ownResults(Object proxy, Object result) {
            return result instanceof ResultSet rows
                    ? resultSet(rows, (Statement) proxy, connection::invalidate) : result;
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, Object raw, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(WritingStatements.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }
}
