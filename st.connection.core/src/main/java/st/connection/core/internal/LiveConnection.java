package st.connection.core.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.Connector;
import st.connection.core.internal.cache.CacheScope;
import st.connection.core.internal.cache.ConnectionContext;

/**
 * One opened connection: the connector that opened it, the raw connection, and the view handed to
 * callers. Closing is idempotent and never throws.
 */
final class LiveConnection<C> {

    private static final Logger LOG = LoggerFactory.getLogger(LiveConnection.class);

    private final String name;
    private final Connector<C> connector;
    private final C raw;
    private final FailureListener failures;
    private final CachePlan cachePlan;
    private final ConnectionContext cacheContext;
    private final C view;
    private final Instant openedAt = Instant.now();
    private final AtomicBoolean closed = new AtomicBoolean();

    LiveConnection(String name, Connector<C> connector, C raw, FailureListener failures, CachePlan cachePlan) {
        this.name = name;
        this.connector = connector;
        this.raw = raw;
        this.failures = failures;
        this.cachePlan = cachePlan;
        this.cacheContext = cachePlan.contextForNewConnection();
        this.view = ConnectionViews.viewOf(connector.type(), raw, failures,
                cachePlan.binding(cacheContext, cachePlan.defaultScope()));
    }

    Connector<C> connector() {
        return connector;
    }

    C view() {
        return view;
    }

    /** @return a new view of this connection whose reads are cached in the given scope */
    C viewFor(CacheScope scope) {
        return ConnectionViews.viewOf(connector.type(), raw, failures, cachePlan.binding(cacheContext, scope));
    }

    Instant openedAt() {
        return openedAt;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** @return whether the connector says the connection is usable; {@code false} if it fails to say */
    boolean isOpen() {
        if (closed.get()) {
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
        if (cacheContext != null) {
            cacheContext.closed();
        }
    }
}
