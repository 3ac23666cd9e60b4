package st.connection.api.cache;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How one connection type is cached: a whiteboard service, registered by the bundle that knows
 * the type, with the service property {@value #TYPE} naming it. The platform selects the adapter
 * by the {@link st.connection.api.Connector#type() connector's type}; adapters may come and go at
 * run time: a connection opened before its adapter arrived is decorated from the next
 * {@code get()} on, and when the adapter leaves, the results it cached are dropped and callers
 * get the connection undecorated.
 *
 * <p>A decorated connection must answer exactly as the undecorated one would: a cached answer
 * has the same values and types as the data source's, or the request is not cached. Anything
 * that may change data or the session's state goes to the connection and then
 * {@link ConnectionCache#invalidate()}.
 *
 * <p><b>Threading.</b> {@link #decorate} may be called concurrently. What it returns is used as
 * the undecorated connection would be: if that type is thread safe, the decoration must be too.
 *
 * @param <C> the connection type
 */
@ConsumerType
public interface CacheAdapter<C> {

    /** Service property: the fully qualified name of the connection type the adapter caches. */
    String TYPE = "st.connection.cache.type";

    /** @return the connection type the adapter caches; its name equals the {@value #TYPE} property */
    Class<C> type();

    /**
     * Decorates one view of a connection. Called when a connection with a {@code ttl} is opened,
     * for each scope it is seen in (a person's view of a shared connection is a view of its own),
     * and again when adapters change; it should be cheap (no I/O).
     *
     * @param connection what callers would receive without a cache; the decoration calls it
     * @param cache this view's results: keys, time to live, scope and invalidation
     * @return what callers receive instead; never {@code null}
     */
    C decorate(C connection, ConnectionCache cache);
}
