package st.connection.core.internal.cache;

/**
 * What identifies a cached value: the physical connection and its generation (advanced by every
 * write and session change), the scope (0 for everybody on a connection with
 * {@code cache.scope=shared}, otherwise the epoch of one person's results), and the adapter's
 * request. The time to live is not part of it.
 */
record CacheKey(long connection, long generation, long scope, Object request) {
}
