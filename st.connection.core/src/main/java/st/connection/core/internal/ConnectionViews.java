package st.connection.core.internal;

import java.sql.Connection;

import st.connection.core.internal.cache.CacheBinding;

/** Chooses the view of a raw connection that callers receive. */
final class ConnectionViews {

    private ConnectionViews() {
    }

    /**
     * @param cache how the view caches reads, or {@code null} for no caching
     * @return for JDBC, a view that reports failed calls, ignores {@code close()} and caches reads
     *     as the binding says; for any other type, the raw connection
     */
    static <C> C viewOf(Class<C> type, C raw, FailureListener failures, CacheBinding cache) {
        if (raw instanceof Connection connection && type.isAssignableFrom(Connection.class)) {
            return type.cast(JdbcView.connection(connection, failures, cache));
        }
        return raw;
    }
}
