package st.connection.snowflake.internal.snowpark;

import java.sql.SQLException;

import org.osgi.service.component.annotations.Component;

import com.snowflake.snowpark_java.Session;

import net.snowflake.client.jdbc.SnowflakeConnectionV1;
import st.connection.api.cache.CacheAdapter;
import st.connection.api.cache.ConnectionCache;

/**
 * The cache adapter for Snowpark sessions: a session with a {@code ttl} is handed out as a
 * session of its own on the same connection, whose server connection answers the reads of
 * DataFrame actions from the cache (see {@link CachingServerConnection}). Everything else a
 * Snowpark session offers is Snowpark's own.
 */
@Component(property = CacheAdapter.TYPE + "=com.snowflake.snowpark_java.Session")
public class SnowparkCacheAdapter implements CacheAdapter<Session> {

    private final SnowparkInternals internals = new SnowparkInternals();

    @Override
    public Class<Session> type() {
        return Session.class;
    }

    @Override
    public Session decorate(Session session, ConnectionCache cache) {
        SnowflakeConnectionV1 connection;
        try {
            connection = session.jdbcConnection().unwrap(SnowflakeConnectionV1.class);
        } catch (SQLException e) {
            cache.unsupported("its Snowpark session has no Snowflake JDBC connection to cache the reads of");
            return session;
        }
        return internals.sessionOver(new CachingServerConnection(connection, cache, internals));
    }
}
