package st.connection.core.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.Connector;
import st.connection.api.cache.CacheAdapter;
import st.connection.api.cache.ConnectionCache;
import st.connection.core.internal.cache.ConnectionResults;
import st.connection.core.internal.cache.PersonResults;

/**
 * One opened connection: the connector that opened it, the raw connection, the platform's view of
 * it, and the view handed to callers: the platform's view decorated by the cache adapter of its
 * type when the connection has a {@code ttl}. Closing is idempotent and never throws.
 */
final class LiveConnection<C> {

    private static final Logger LOG = LoggerFactory.getLogger(LiveConnection.class);

    private final String name;
    private final Connector<C> connector;
    private final C raw;
    private final C platformView;
    private final CachePlan cachePlan;
    private final ConnectionResults results;
    private final Instant openedAt = Instant.now();
    private final AtomicBoolean closed = new AtomicBoolean();
    /**
     * The bundle whose classes the raw connection is, when that is not the connector's bundle (a
     * JDBC driver's); {@code null} outside a framework, for the JDK's classes or the connector's own.
     */
    private final Bundle origin;
    private volatile Decorated<C> view;
    private volatile Departure departure = Departure.NONE;

    /** Why a connection must be closed by whoever holds its handle's lock next. */
    enum Departure {
        NONE, CONNECTOR, ORIGIN
    }

    /** A view handed to callers, and the adapter that made it ({@code null}: undecorated). */
    private record Decorated<C>(C view, CacheAdapter<C> adapter) {
    }

    /** @param shared whether callers share the connection (then its session may not be changed through the view) */
    LiveConnection(String name, Connector<C> connector, C raw, FailureListener failures, CachePlan cachePlan,
            boolean shared) {
        this.name = name;
        this.connector = connector;
        this.raw = raw;
        Bundle classes = FrameworkUtil.getBundle(raw.getClass());
        // a connection of the connector's own classes goes with the connector (see connectorRemoved)
        this.origin = classes == null || classes.equals(FrameworkUtil.getBundle(connector.getClass())) ? null : classes;
        this.platformView = ConnectionViews.viewOf(connector.type(), raw, failures, shared ? name : null);
        this.cachePlan = cachePlan;
        this.results = cachePlan.open(name);
        this.view = decorated(cachePlan.defaultCache(results));
    }

    Connector<C> connector() {
        return connector;
    }

    /** @return the connection type's class name */
    String typeName() {
        return connector.type().getName();
    }

    C view() {
        return view.view();
    }

    /** @return the view for one person: their own results, when each person's are kept apart */
    C viewFor(PersonResults person) {
        return cachePlan.cachesPerPerson() ? decorated(results.forPerson(person)).view() : view();
    }

    /**
     * The cache adapters of this connection's type changed: decorate anew. If the adapter that
     * decorated it left, the results it cached are dropped, since they hold its classes.
     */
    void redecorate(CacheAdapter<?> departed) {
        if (results == null || closed.get()) {
            return;
        }
        if (departed != null && view.adapter() == departed) {
            results.dropAll();
        }
        view = decorated(cachePlan.defaultCache(results));
    }

    private Decorated<C> decorated(ConnectionCache cache) {
        if (cache == null) {
            return new Decorated<>(platformView, null);
        }
        var adapter = cachePlan.adapters().find(connector.type());
        if (adapter.isEmpty()) {
            cachePlan.unsupported("a connection type with a cache adapter; no bundle offers one for "
                    + connector.type().getName() + ", so nothing is cached");
            return new Decorated<>(platformView, null);
        }
        try {
            C decorated = adapter.get().decorate(platformView, cache);
            if (decorated == null) {
                throw new IllegalStateException("the adapter returned null");
            }
            cachePlan.settled();
            return new Decorated<>(decorated, adapter.get());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("The cache adapter for {} failed to decorate connection '{}'; it is used uncached",
                    connector.type().getName(), name, e);
            return new Decorated<>(platformView, null);
        }
    }

    Instant openedAt() {
        return openedAt;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** @return whether the raw connection's classes come from this bundle */
    boolean isMadeBy(Bundle bundle) {
        return origin != null && origin.equals(bundle);
    }

    void markDeparted(Departure why) {
        departure = why;
    }

    Departure departure() {
        return departure;
    }

    /** @return whether the connector takes a failed call as a sign that the connection may be dead */
    boolean isFatal(Throwable failure) {
        try {
            return connector.isFatal(failure);
        } catch (RuntimeException | LinkageError e) {
            return true;
        }
    }

    /** @return whether the connector says the connection is usable; {@code false} if it fails to say */
    boolean isOpen() {
        if (closed.get() || departure != Departure.NONE) {
            return false;
        }
        try {
            return connector.isOpen(raw);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Checking connection '{}' failed; taking it as dead", name, e);
            return false;
        }
    }

    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            connector.close(raw);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Closing connection '{}' failed; it is dropped anyway", name, e);
        }
        if (results != null) {
            results.close();
        }
    }
}
