package st.connection.api.cache;

import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The cache as one view of one connection sees it, given to a {@link CacheAdapter} by the
 * platform.
 *
 * <p><b>Keys.</b> An adapter passes only the request: an immutable value with {@code equals} and
 * {@code hashCode} over everything that can change the answer (for SQL: the exact text, every
 * parameter with its type, and limits such as a maximum row count). The platform adds the rest of
 * the key itself: the scope (the person whose results these are, or everybody on a connection
 * with {@code cache.scope=shared}), the physical connection's identity and its generation, which
 * {@link #invalidate()} advances. So a request must not hold the connection, and results are
 * never served across people, across connections or across a write.
 *
 * <p><b>Values.</b> What a {@link Loader} returns is kept as it is and handed to every later
 * caller of the same request, from any thread: it must be immutable, or the adapter must copy
 * what it hands out. Values implementing {@link Weighted} are counted with their own size in the
 * cache's byte budget; others with a fixed estimate.
 *
 * <p><b>Threading.</b> Thread safe. Concurrent loads of the same key run once: the first caller
 * loads, the others wait for it (see {@link Waiting}) and share its value; if the first caller's
 * load fails or caches nothing, each of the others runs its own.
 */
@ProviderType
public interface ConnectionCache {

    /** @return the name of the connection: the configured name or the login form's */
    String connectionName();

    /** @return how long a loaded value is served, unless a load says otherwise */
    Duration ttl();

    /**
     * @return the most rows (or items) a single value should hold: larger results are served
     *     to their caller but not cached
     */
    long maxRows();

    /**
     * Tells whether requests made now, on the calling thread, can be cached. A shared connection
     * with {@code cache.scope=session} caches only for a person: while a thread serves a person's
     * request (see {@link st.connection.api.UserConnections#enter()}), or through
     * {@link st.connection.api.UserConnections#shared(String)}.
     *
     * @return whether {@link #get} and {@link #load} use the cache now; if not, they run the
     *     loader every time
     */
    boolean isActive();

    /**
     * @return the value cached for the request in the current scope (counted as a hit), or
     *     {@code null} (not counted)
     */
    <V> V get(Object request);

    /**
     * Returns the value cached for the request, or runs the loader and caches what it returns.
     * Waits for an identical load running in another thread without a time limit.
     *
     * @return the cached or loaded value; {@code null} if the loader returned {@code null}
     * @throws E what the loader threw
     */
    <V, E extends Exception> V load(Object request, Loader<V, E> loader) throws E;

    /**
     * Like {@link #load(Object, Loader)}, with per-request options: how to wait for an identical
     * load, another time to live, or skipping the cache (see {@link CacheControl.Mode}).
     */
    <V, E extends Exception> V load(Object request, Loader<V, E> loader, LoadOptions<E> options) throws E;

    /**
     * Like {@link #load(Object, Loader, LoadOptions)}, for a value that several nodes may share: on
     * a connection with {@code cache.scope=shared} and a cluster configured, the value is kept in
     * the clustered tier in the form's bytes and read by every node; a person's results are never
     * shared. While the cluster is unreachable, such loads are not cached.
     *
     * @param form how the request and the value are written as bytes
     * @since 1.1
     */
    <V, E extends Exception> V load(Object request, Loader<V, E> loader, LoadOptions<E> options, PortableForm<V> form)
            throws E;

    /**
     * The data or the session's state may have changed (a write, a schema or transaction change):
     * no result cached before is served again for this connection, in any scope. Cheap: it
     * advances a generation, it does not scan the cache. Never throws.
     */
    void invalidate();

    /**
     * Tells the platform that this connection's requests are not cached, and why (e.g. a driver
     * whose values cannot be kept exactly). Logged once as a WARN and listed as a configuration
     * problem of the connection, so that a {@code ttl} is never silently without effect.
     *
     * @param reason one sentence for an operator, without secrets
     */
    void unsupported(String reason);
}
