package st.connection.core.internal;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConnectionException;
import st.connection.api.ConnectionFailedException;
import st.connection.api.ConnectionStatus;
import st.connection.api.ConnectionStatus.State;
import st.connection.api.Connector;
import st.connection.api.ConnectorUnavailableException;
import st.connection.api.event.ConnectionEvent;
import st.connection.core.internal.events.ConnectionEvents;

/**
 * A shared connection: opened on first use, reopened with its stored parameters when found dead.
 * It keeps the parameters (secrets included) for as long as it lives, since it must reconnect.
 */
final class SingletonConnection<C> extends ManagedConnectionBase<C> {

    private static final Logger LOG = LoggerFactory.getLogger(SingletonConnection.class);

    private final ConnectorRegistry registry;
    private final SingletonSettings settings;
    private final CachePlan cachePlan;
    private final ConnectionEvents events;
    private long opens;
    /** Why the next open is a reopen, for its event; guarded by the lifecycle lock. */
    private String reopenReason = "It was closed and is used again.";

    SingletonConnection(SingletonSettings settings, ConnectorRegistry registry, ValidationTimer timer,
            CachePlan.Caching caching, ConnectionEvents events) {
        super(settings.name(), settings.connector(), settings.validationIntervalMillis(), timer);
        this.settings = settings;
        this.registry = registry;
        this.events = events;
        this.cachePlan = caching.forShared(settings.name(), settings.ttlSeconds(),
                "shared".equals(settings.cacheScope()));
    }

    SingletonSettings settings() {
        return settings;
    }

    /** Replaces the current connection with a new one now; concurrent callers wait for it. */
    ConnectionStatus reopen() {
        lifecycle.lock();
        try {
            release();
            reopenReason = "An operator reopened it.";
            get();
            LOG.info("Shared connection '{}' was reopened on request", name());
            return status();
        } finally {
            lifecycle.unlock();
        }
    }

    /** @return whether each person reading through the connection has results of their own */
    boolean cachesPerPerson() {
        return cachePlan.cachesPerPerson();
    }

    /** @return the open connection behind a view {@link #get()} returned, or {@code null} if it changed since */
    LiveConnection<C> liveBehind(C view) {
        LiveConnection<C> current = live;
        return current != null && current.view() == view ? current : null;
    }

    @Override
    protected void closed() {
        cachePlan.settled();
        tell(ConnectionEvent.Type.SHARED_CLOSED, "It was closed for good: its configuration or its last user let it go.");
    }

    @Override
    protected void onConnectorRemoved() {
        reopenReason = "Its connector came back.";
        tell(ConnectionEvent.Type.SHARED_CLOSED, "Its connector '" + connector() + "' went away.");
    }

    /** Tells listeners that an operator closed the connection (it opens again on its next use). */
    void closedByOperator() {
        tell(ConnectionEvent.Type.SHARED_CLOSED, "An operator closed it; its next use opens it again.");
    }

    private void tell(ConnectionEvent.Type type, String reason) {
        events.fire(type, name(), connector(), null, reason);
    }

    @Override
    protected C openFirst() {
        if (state == State.CLOSED) {
            throw new ConnectionException("The shared connection '" + name() + "' was closed.");
        }
        return open();
    }

    @Override
    protected C replaceDead(LiveConnection<C> dead) {
        LOG.info("Shared connection '{}' was found dead; reopening it", name());
        reopenReason = "It was found dead.";
        return open();
    }

    private C open() {
        Connector<C> connector = requireConnector(registry);
        Map<String, Object> params = new HashMap<>(connector.defaultOptions());
        params.putAll(settings.params());
        try {
            C raw = connector.connect(params);
            live = new LiveConnection<>(name(), connector, raw, this::reportFailure, cachePlan);
            if (!registry.isCurrent(connector(), connector)) {
                live.close();
                live = null;
                throw departed();
            }
            reopenCount = opens++;
            state = State.OPEN;
            lastError = null;
            LOG.info("Shared connection '{}' is open", name());
            if (reopenCount == 0) {
                tell(ConnectionEvent.Type.SHARED_OPENED, "It opened.");
            } else {
                tell(ConnectionEvent.Type.SHARED_REOPENED, reopenReason);
            }
            reopenReason = "It was closed and is used again.";
            return live.view();
        } catch (ConnectionException e) {
            throw e;
        } catch (Exception e) {
            if (!registry.isCurrent(connector(), connector)) {
                throw departed();
            }
            state = State.FAILED;
            lastError = PersonMessages.summarize(e);
            LOG.warn("Could not open shared connection '{}': {}", name(), lastError);
            tell(ConnectionEvent.Type.SHARED_FAILED, "It could not be opened: " + lastError);
            throw new ConnectionFailedException("Could not open the shared connection '" + name() + "': " + lastError, e);
        } finally {
            params.clear();
        }
    }

    /** The connector left while opening: callers see it as unavailable, whatever the open did. */
    private ConnectorUnavailableException departed() {
        LOG.info("The connector '{}' went away while opening shared connection '{}'", connector(), name());
        state = State.CONNECTOR_UNAVAILABLE;
        return new ConnectorUnavailableException(connector());
    }
}
