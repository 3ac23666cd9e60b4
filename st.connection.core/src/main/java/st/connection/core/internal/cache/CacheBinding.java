package st.connection.core.internal.cache;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import st.connection.core.internal.JdbcProxies;

/**
 * How one connection view caches: in which scope, for how long, on which connection. Statements
 * the view creates are wrapped so that their reads go through the cache. Thread safe: a shared
 * connection's view is used by every caller.
 */
public final class CacheBinding {

    private final ConnectionContext context;
    private final CacheScope scope;
    private final long ttlSeconds;
    /** Resolved on first use and kept, so a hit does not look its figures up; racing threads find the same. */
    private CacheCounters counters;

    /**
     * @param context the opened connection
     * @param scope whose results these are
     * @param ttlSeconds how long a result is served, more than 0
     */
    public CacheBinding(ConnectionContext context, CacheScope scope, long ttlSeconds) {
        this.context = context;
        this.scope = scope;
        this.ttlSeconds = ttlSeconds;
    }

    ConnectionContext context() {
        return context;
    }

    CacheScope scope() {
        return scope;
    }

    long ttlSeconds() {
        return ttlSeconds;
    }

    CacheCounters counters() {
        CacheCounters known = counters;
        if (known == null) {
            known = context.cache().countersFor(scope);
            counters = known;
        }
        return known;
    }

    /**
     * @param opener opens the driver's statement when it is first needed
     * @param type {@link Statement}, {@link PreparedStatement} or {@link CallableStatement}
     * @param preparedSql the SQL of a prepared statement, {@code null} for a plain one
     * @param connectionView what the statement's {@code getConnection()} answers
     * @param failures told of every {@link java.sql.SQLException}
     */
    public Statement statement(StatementOpener opener, Class<? extends Statement> type, String preparedSql,
            Connection connectionView, Consumer<Throwable> failures) {
        boolean cacheable = type != CallableStatement.class;
        return JdbcProxies.of(type, new CachingStatement(this, opener, preparedSql, cacheable, connectionView, failures));
    }

    /** The connection's catalog, schema or transaction changed. */
    public void connectionChanged() {
        context.changed();
    }

    /** Opens the driver's statement, as the connection call that asked for the statement would have. */
    @FunctionalInterface
    public interface StatementOpener {
        Statement open() throws SQLException;
    }
}
