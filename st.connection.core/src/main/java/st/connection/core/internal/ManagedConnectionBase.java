package st.connection.core.internal;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import st.connection.api.ConnectionStatus;
import st.connection.api.ConnectionStatus.State;
import st.connection.api.Connector;
import st.connection.api.ConnectorUnavailableException;
import st.connection.api.ManagedConnection;
import st.connection.api.cache.CacheAdapter;

/**
 * What shared and personal connections have in common: the lock-free hot path of {@link #get()},
 * the liveness check under one lock (so concurrent callers share one check or reopen), closing on
 * connector departure, and the status. Subclasses decide what happens to a dead connection.
 *
 * <p>A connection is taken as dead only when two checks in a row say so: one slow answer of the
 * data source does not end a healthy connection. A departing connector does not wait behind a
 * caller that holds the lock for a slow connect or check: it marks the connection, and whoever
 * holds the lock closes it before letting go.
 */
abstract class ManagedConnectionBase<C> implements ManagedConnection<C> {

    /** How long a departing connector waits for a caller that holds the lock before leaving the close to it. */
    static final long DEPARTURE_WAIT_MILLIS = 200;

    private final String name;
    private final String connector;
    private final TrustWindow<C> window;
    /** Guards opening, checking and closing; never held by {@link #get()}'s fast path. */
    protected final ReentrantLock lifecycle = new ReentrantLock();

    protected volatile LiveConnection<C> live;
    protected volatile State state = State.IDLE;
    protected volatile Instant lastCheckedAt;
    protected volatile String lastError;
    protected volatile long reopenCount;

    ManagedConnectionBase(String name, String connector, long validationIntervalMillis, LifecycleClock timer) {
        this.name = name;
        this.connector = connector;
        this.window = new TrustWindow<>(validationIntervalMillis, timer);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String connector() {
        return connector;
    }

    @Override
    public final C get() {
        C trusted = window.trusted();
        return trusted != null ? trusted : checkedGet();
    }

    /** Revokes trust when the connector takes the failure as fatal (by default every failure is). */
    @Override
    public final void reportFailure(Throwable failure) {
        LiveConnection<C> current = live;
        if (current == null || current.isFatal(failure)) {
            window.revoke();
        }
    }

    @Override
    public ConnectionStatus status() {
        LiveConnection<C> current = live;
        return new ConnectionStatus(state, current == null ? null : current.openedAt(), lastCheckedAt, reopenCount,
                lastError);
    }

    private C checkedGet() {
        lifecycle.lock();
        try {
            C trusted = window.trusted();
            if (trusted != null) {
                return trusted;
            }
            long checkStarted = window.checkStarts();
            checking();
            closeIfDeparted();
            C view = liveView();
            if (view == null) {
                throw new IllegalStateException("a lifecycle returned no connection for '" + name + "'");
            }
            window.trust(view, checkStarted);
            return view;
        } finally {
            closeIfDeparted();
            lifecycle.unlock();
        }
    }

    /** Called under the lock: returns a view of a connection known to be open, or throws. */
    private C liveView() {
        LiveConnection<C> current = live;
        if (current != null) {
            lastCheckedAt = Instant.now();
            if (current.isOpen() || current.isOpen()) {
                state = State.OPEN;
                return current.view();
            }
            live = null;
            current.close();
            return replaceDead(current);
        }
        return openFirst();
    }

    /** Called under the lock before each liveness check: the connection is in use. */
    protected void checking() {
    }

    /** Called under the lock when there is no connection: open one, or throw. */
    protected abstract C openFirst();

    /** Called under the lock when the connection was found dead (and is already closed). */
    protected abstract C replaceDead(LiveConnection<C> dead);

    /** @return the connector in use for this connection's name, or throws if none is installed */
    protected final Connector<C> requireConnector(ConnectorRegistry registry) {
        return registry.<C>find(connector).orElseThrow(() -> {
            state = State.CONNECTOR_UNAVAILABLE;
            return new ConnectorUnavailableException(connector);
        });
    }

    /**
     * Closes the connection if the departing connector opened it. If a caller holds the lock (a
     * slow connect or check), the connection is marked and that caller closes it before it lets
     * go, so that the connector's bundle stops in bounded time; a connect in progress finds its
     * connector gone and closes what it opened.
     */
    final void connectorRemoved(Connector<?> departing) {
        LiveConnection<C> current = live;
        if (current != null && current.connector() == departing) {
            depart(current, LiveConnection.Departure.CONNECTOR);
        }
    }

    /**
     * The bundle whose classes a connection is made of is stopping (a JDBC driver leaving): the
     * connection is closed while those classes still work, as for a departing connector, except
     * that the connector stays: a shared connection opens anew on its next {@code get()}, a
     * personal one is over.
     */
    final void originStopping(org.osgi.framework.Bundle origin) {
        LiveConnection<C> current = live;
        if (current != null && current.isMadeBy(origin)) {
            depart(current, LiveConnection.Departure.ORIGIN);
        }
    }

    private void depart(LiveConnection<C> current, LiveConnection.Departure why) {
        current.markDeparted(why);
        window.revoke();
        boolean locked;
        try {
            locked = lifecycle.tryLock(DEPARTURE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (locked) {
            try {
                closeIfDeparted();
            } finally {
                lifecycle.unlock();
            }
        }
    }

    /** Called under the lock: closes the connection if its connector or the bundle of its classes left meanwhile. */
    private void closeIfDeparted() {
        LiveConnection<C> current = live;
        if (current == null || current.departure() == LiveConnection.Departure.NONE) {
            return;
        }
        window.revoke();
        live = null;
        current.close();
        if (current.departure() == LiveConnection.Departure.CONNECTOR) {
            state = State.CONNECTOR_UNAVAILABLE;
            onConnectorRemoved();
        } else {
            onOriginStopped();
        }
    }

    /** Called under the lock after a connection was closed because the bundle of its classes stops. */
    protected abstract void onOriginStopped();

    /** Called under the lock after the departing connector's connection was closed. */
    protected void onConnectorRemoved() {
    }

    /** @return the clock of the validation window, for what subclasses time */
    protected final LifecycleClock clock() {
        return window.clock();
    }

    /**
     * The cache adapters of a connection type changed: a connection of that type is decorated
     * anew, and callers get the new view from their next {@link #get()}.
     *
     * @param departed the adapter that left, or {@code null} when one arrived
     */
    final void adaptersChanged(String typeName, CacheAdapter<?> departed) {
        LiveConnection<C> open = live;
        if (open == null || !open.typeName().equals(typeName)) {
            // nothing to decorate; a connect under way decorates with the adapters there are by then,
            // so an adapter's bundle does not wait behind a slow connect of another type's
            return;
        }
        lifecycle.lock();
        try {
            LiveConnection<C> current = live;
            if (current != null && current.typeName().equals(typeName)) {
                window.revoke();
                current.redecorate(departed);
            }
        } finally {
            lifecycle.unlock();
        }
    }

    /** Closes the connection for good. */
    final void close() {
        lifecycle.lock();
        try {
            window.revoke();
            LiveConnection<C> current = live;
            live = null;
            state = State.CLOSED;
            if (current != null) {
                current.close();
            }
            closed();
        } finally {
            lifecycle.unlock();
        }
    }

    /** Called under the lock once the connection was released: the next {@link #get()} opens a new one. */
    protected void released() {
    }

    /** Called under the lock once the connection is closed for good. */
    protected void closed() {
    }

    /** Closes the current connection but keeps the handle usable: the next {@link #get()} opens a new one. */
    final void release() {
        lifecycle.lock();
        try {
            window.revoke();
            LiveConnection<C> current = live;
            live = null;
            if (current != null) {
                current.close();
                if (state != State.CLOSED) {
                    state = State.IDLE;
                }
            }
            released();
        } finally {
            lifecycle.unlock();
        }
    }

    protected final void trustNothing() {
        window.revoke();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + " via " + connector + ", " + state + "]";
    }
}
