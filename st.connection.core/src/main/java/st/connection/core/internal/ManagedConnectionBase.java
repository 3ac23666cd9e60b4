package st.connection.core.internal;

import java.time.Instant;
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
 */
abstract class ManagedConnectionBase<C> implements ManagedConnection<C> {

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

    ManagedConnectionBase(String name, String connector, long validationIntervalMillis, ValidationTimer timer) {
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

    @Override
    public final void reportFailure(Throwable failure) {
        window.revoke();
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
            C view = liveView();
            window.trust(view);
            return view;
        } finally {
            lifecycle.unlock();
        }
    }

    /** Called under the lock: returns a view of a connection known to be open, or throws. */
    private C liveView() {
        LiveConnection<C> current = live;
        if (current != null) {
            lastCheckedAt = Instant.now();
            if (current.isOpen()) {
                state = State.OPEN;
                return current.view();
            }
            live = null;
            current.close();
            return replaceDead(current);
        }
        return openFirst();
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

    /** Closes the connection if the departing connector opened it. */
    final void connectorRemoved(Connector<?> departing) {
        lifecycle.lock();
        try {
            LiveConnection<C> current = live;
            if (current != null && current.connector() == departing) {
                window.revoke();
                live = null;
                current.close();
                state = State.CONNECTOR_UNAVAILABLE;
                onConnectorRemoved();
            }
        } finally {
            lifecycle.unlock();
        }
    }

    /** Called under the lock after the departing connector's connection was closed. */
    protected void onConnectorRemoved() {
    }

    /**
     * The cache adapters of a connection type changed: a connection of that type is decorated
     * anew, and callers get the new view from their next {@link #get()}.
     *
     * @param departed the adapter that left, or {@code null} when one arrived
     */
    final void adaptersChanged(String typeName, CacheAdapter<?> departed) {
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
