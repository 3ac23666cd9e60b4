package st.connection.core.internal;

import java.sql.Connection;

/** Chooses the platform's view of a raw connection. */
final class ConnectionViews {

    private ConnectionViews() {
    }

    /**
     * @param sharedName the shared connection's name, or {@code null} for a personal connection
     * @return for JDBC, a view that reports failed calls and ignores {@code close()}, and for a
     *     shared connection also refuses to change the session; for any other type, the raw connection
     */
    static <C> C viewOf(Class<C> type, C raw, FailureListener failures, String sharedName) {
        if (raw instanceof Connection connection && type.isAssignableFrom(Connection.class)) {
            return type.cast(sharedName == null ? JdbcView.connection(connection, failures)
                    : JdbcView.sharedConnection(connection, failures, sharedName));
        }
        return raw;
    }
}
