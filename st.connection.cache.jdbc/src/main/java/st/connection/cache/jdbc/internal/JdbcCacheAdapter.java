package st.connection.cache.jdbc.internal;

import java.sql.Connection;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import st.connection.api.cache.CacheAdapter;
import st.connection.api.cache.ConnectionCache;
import st.connection.api.jdbc.ResultReplay;

/**
 * The cache adapter for {@link Connection}: decorates a connection with a {@code ttl} as a
 * {@link CachingConnection}. Results are kept and served by the {@link ResultReplay} of the
 * connection's driver; a driver without one is served uncached, and the platform says so once.
 */
@Component(property = CacheAdapter.TYPE + "=java.sql.Connection")
public class JdbcCacheAdapter implements CacheAdapter<Connection> {

    private final ReplayRegistry replays = new ReplayRegistry();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindReplay(ResultReplay replay) {
        replays.add(replay);
    }

    void unbindReplay(ResultReplay replay) {
        replays.remove(replay);
    }

    @Override
    public Class<Connection> type() {
        return Connection.class;
    }

    @Override
    public Connection decorate(Connection connection, ConnectionCache cache) {
        return new CachingConnection(connection, cache, replays);
    }
}
