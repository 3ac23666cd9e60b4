package st.connection.core.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 *
 * <p>A failed open is remembered for {@code retry.delay}: meanwhile every caller, those queued on
 * the lock behind the failing one included, gets the same failure at once instead of a connect of
 * its own, so a data source that is down sees one attempt per delay, not one per caller.
 */
final class SharedConnection<C> extends ManagedConnectionBase<C> {

    private static final Logger LOG = LoggerFactory.getLogger(SharedConnection.class);

    private final ConnectorRegistry registry;
    private final SharedConnectionSettings settings;
    private final CachePlan cachePlan;
    private final ConnectionEvents events;
    /** The types callers asked for with a typed {@code singleton}; the connector must open all of them. */
    private final Set<Class<?>> expectedTypes = ConcurrentHashMap.newKeySet();
    private long opens;
    /** The last failed open and until when it answers; guarded by the lifecycle lock. */
    private ConnectionFailedException lastFailure;
    private long failureAnswersUntil;
    /** Why the next open is a reopen, for its event; guarded by the lifecycle lock. */
    private String reopenReason = "It was closed and is used again.";

    SharedConnection(SharedConnectionSettings settings, ConnectorRegistry registry, LifecycleClock timer,
            CachePlan.Caching caching, ConnectionEvents events) {
        super(settings.name(), settings.connector(), settings.validationIntervalMillis(), timer);
        this.settings = settings;
        this.registry = registry;
        this.events = events;
        this.cachePlan = caching.forShared(settings.name(), settings.ttlSeconds(),
                "shared".equals(settings.cacheScope()),
                settings.name() + "@" + BundleConnectionService.defaultName(settings.connector(), settings.params()));
    }

    SharedConnectionSettings settings() {
        return settings;
    }

    /**
     * Makes {@code get()} refuse a connector that opens another type than {@code type}.
     *
     * @throws IllegalArgumentException if the connector installed now opens another type
     */
    void expect(Class<?> type) {
        registry.find(connector()).ifPresent(installed -> {
            if (!type.isAssignableFrom(installed.type())) {
                throw new IllegalArgumentException(wrongType(installed, type));
            }
        });
        expectedTypes.add(type);
    }

    private String wrongType(Connector<?> installed, Class<?> type) {
        return "The connector '" + connector() + "' opens " + installed.type().getName() + ", not " + type.getName()
                + ".";
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

    /** Forgets a failed open, so that the next {@code get()} tries at once (an operator asked, or a connector arrived). */
    void forgetFailure() {
        lifecycle.lock();
        try {
            lastFailure = null;
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
        lastFailure = null;
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
    protected void released() {
        lastFailure = null;
    }

    @Override
    protected void onOriginStopped() {
        state = State.IDLE;
        LOG.info("Shared connection '{}' was closed: the bundle of its driver is stopping; the next use opens it anew",
                name());
        reopenReason = "The bundle of its driver came back.";
        tell(ConnectionEvent.Type.SHARED_CLOSED, "The bundle of its driver is stopping; its next use opens it anew.");
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
        ConnectionFailedException remembered = rememberedFailure();
        if (remembered != null) {
            throw remembered;
        }
        Connector<C> connector = requireConnector(registry);
        Map<String, Object> params = new HashMap<>(connector.defaultOptions());
        params.putAll(settings.params());
        try {
            checkType(connector);
            C raw = connector.connect(params);
            if (raw == null) {
                throw new IllegalStateException("The connector '" + connector() + "' returned no connection.");
            }
            live = new LiveConnection<>(name(), connector, raw, this::reportFailure, cachePlan, true);
            if (!registry.isCurrent(connector(), connector)) {
                live.close();
                live = null;
                throw departed();
            }
            reopenCount = opens++;
            state = State.OPEN;
            lastError = null;
            lastFailure = null;
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
            ConnectionFailedException failure = new ConnectionFailedException(
                    "Could not open the shared connection '" + name() + "': " + lastError, e);
            remember(failure);
            throw failure;
        } finally {
            params.clear();
        }
    }

    private void checkType(Connector<C> connector) {
        for (Class<?> type : expectedTypes) {
            if (!type.isAssignableFrom(connector.type())) {
                throw new IllegalStateException(wrongType(connector, type));
            }
        }
    }

    private void remember(ConnectionFailedException failure) {
        if (settings.retryDelayMillis() > 0) {
            lastFailure = failure;
            failureAnswersUntil = clock().millis() + settings.retryDelayMillis();
        }
    }

    /** @return a fresh copy of the remembered failure while it answers, else {@code null} */
    private ConnectionFailedException rememberedFailure() {
        ConnectionFailedException failure = lastFailure;
        if (failure == null) {
            return null;
        }
        if (clock().millis() - failureAnswersUntil >= 0) {
            lastFailure = null;
            return null;
        }
        return new ConnectionFailedException(failure.getMessage(), failure.getCause());
    }

    /** The connector left while opening: callers see it as unavailable, whatever the open did. */
    private ConnectorUnavailableException departed() {
        LOG.info("The connector '{}' went away while opening shared connection '{}'", connector(), name());
        state = State.CONNECTOR_UNAVAILABLE;
        return new ConnectorUnavailableException(connector());
    }
}
