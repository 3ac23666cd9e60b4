package st.connection.core.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import st.connection.api.Connector;
import st.connection.api.event.ConnectionEvent;
import st.connection.core.internal.events.ConnectionEvents;

/** Tells {@link ConnectionEvents} of connectors arriving and leaving, as the {@link ConnectorRegistry} sees them. */
@Component(service = {})
public class ConnectorEvents implements ConnectorListener {

    private final ConnectorRegistry registry;
    private final ConnectionEvents events;

    @Activate
    public ConnectorEvents(@Reference ConnectorRegistry registry, @Reference ConnectionEvents events) {
        this.registry = registry;
        this.events = events;
        registry.addListener(this);
    }

    @Override
    public void connectorAdded(String name) {
        events.fire(ConnectionEvent.Type.CONNECTOR_ADDED, null, name, null, "The connector '" + name + "' is available.");
    }

    @Override
    public void connectorRemoved(String name, Connector<?> departing) {
        events.fire(ConnectionEvent.Type.CONNECTOR_REMOVED, null, name, null,
                "The connector '" + name + "' went away; the connections it opened are closed.");
    }

    @Deactivate
    void deactivate() {
        registry.removeListener(this);
    }
}
