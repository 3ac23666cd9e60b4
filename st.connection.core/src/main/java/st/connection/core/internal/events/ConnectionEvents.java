package st.connection.core.internal.events;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.event.ConnectionEvent;
import st.connection.api.event.ConnectionEventListener;

/**
 * Tells every {@link ConnectionEventListener} service what happened, synchronously, in the order
 * it is told. A listener that throws is logged and skipped; the caller never sees it. Core knows no
 * Event Admin, health check or JMX: the operations bundle listens and maps. Thread safe.
 */
@Component(service = ConnectionEvents.class)
public class ConnectionEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionEvents.class);

    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;

    public ConnectionEvents() {
        this(Clock.systemUTC());
    }

    ConnectionEvents(Clock clock) {
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    /**
     * @param connection a shared connection's or login form's name, or {@code null}
     * @param connector a connector's name, or {@code null}
     * @param user the user name a person logged in with, or {@code null}
     * @param reason one sentence built without any secret
     */
    public void fire(ConnectionEvent.Type type, String connection, String connector, String user, String reason) {
        if (listeners.isEmpty()) {
            return;
        }
        ConnectionEvent event = new ConnectionEvent(type, connection, connector, user, reason, clock.instant());
        for (ConnectionEventListener listener : listeners) {
            try {
                listener.connectionEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("A connection event listener ({}) failed on {} of '{}'", listener.getClass().getName(), type,
                        connection, e);
            }
        }
    }
}
