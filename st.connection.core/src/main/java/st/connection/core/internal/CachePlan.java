package st.connection.core.internal;

import st.connection.core.internal.cache.CacheBinding;
import st.connection.core.internal.cache.CacheScope;
import st.connection.core.internal.cache.ConnectionContext;
import st.connection.core.internal.cache.ResultCache;

/**
 * How a managed connection caches reads: not at all ({@code ttl} 0), in one scope for every
 * caller ({@code cache.scope=shared}, or a person's own connection), or per session only when
 * reached through {@link st.connection.api.UserConnections#shared}.
 *
 * @param cache the result cache
 * @param ttlSeconds time to live; 0 means no caching
 * @param defaultScope the scope of the view {@code get()} returns, or {@code null} if that view
 *     does not cache
 */
record CachePlan(ResultCache cache, long ttlSeconds, CacheScope defaultScope) {

    static final CachePlan NONE = new CachePlan(null, 0, null);

    boolean caches() {
        return cache != null && ttlSeconds > 0;
    }

    /** @return the cache's view of a newly opened connection, or {@code null} if nothing is cached */
    ConnectionContext contextForNewConnection() {
        return caches() ? new ConnectionContext(cache) : null;
    }

    CacheBinding binding(ConnectionContext context, CacheScope scope) {
        return context == null || scope == null ? null : new CacheBinding(context, scope, ttlSeconds);
    }
}
