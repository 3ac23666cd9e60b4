package st.connection.core.internal;

import java.sql.Connection;

/** Chooses the platform's view of a raw connection. */
final class ConnectionViews {

    private ConnectionViews() {
    }

    /**
     * @return for JDBC, a view that reports failed calls and ignores {@code close()}; for any
     *     other type, the raw connection
     */
    static <C> C viewOf(Class<C> type, C raw, FailureListener failures) {
        if (raw instanceof Connection connection && type.isAssignableFrom(Connection.class)) {
            return type.cast(JdbcView.connection(connection, failures));
        }
        return raw;
    }
}
