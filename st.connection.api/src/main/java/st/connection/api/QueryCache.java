package st.connection.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The query result cache behind connections configured with a {@code ttl}, registered by the
 * platform's core bundle: statistics and invalidation for consoles and commands.
 *
 * <p><b>Threading.</b> Thread safe.
 */
@ProviderType
public interface QueryCache {

    /** @return statistics per connection and scope, ordered by connection name then scope */
    List<CacheStatistics> statistics();

    /** Removes every cached result of a connection, in every scope. */
    void invalidate(String connectionName);

    /** Removes every cached result of one user session, on every connection. */
    void invalidateSession(String sessionId);

    /** Removes every cached result. */
    void invalidateAll();
}
